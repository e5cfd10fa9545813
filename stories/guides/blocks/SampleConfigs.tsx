/// <reference types="vite/client" />
import { REFERENCE_STYLES } from './styles.js';

interface SampleConfig {
  shop?: { name?: string; locale?: string; currency?: string; timeZone?: string };
  [section: string]: unknown;
}

// The sample configs themselves, so this table lists every file in examples/configs/.
const samples = import.meta.glob<SampleConfig>('../../../examples/configs/*.candor.json', { eager: true, import: 'default' });

/** The sample configs in examples/configs/: which shop, language and sections each one shows. */
export function SampleConfigs() {
  return (
    <div className="candor-ref">
      <style>{REFERENCE_STYLES}</style>
      <table>
        <caption>Sample configs in examples/configs/</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Shop</th>
            <th scope="col">Locale, currency, time zone</th>
            <th scope="col">Sections</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(samples).map(([path, config]) => {
            const file = path.slice(path.lastIndexOf('/') + 1);
            const sections = Object.keys(config).filter((key) => key !== '$schema');
            return (
              <tr key={file} data-file={file}>
                <th scope="row">
                  <code>{file}</code>
                </th>
                <td lang={config.shop?.locale}>{config.shop?.name}</td>
                <td>{[config.shop?.locale, config.shop?.currency, config.shop?.timeZone].filter(Boolean).join(', ')}</td>
                <td>
                  {sections.map((section, index) => (
                    <span key={section}>
                      {index > 0 && ', '}
                      <code>{section}</code>
                    </span>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

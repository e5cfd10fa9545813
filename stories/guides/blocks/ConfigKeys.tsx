import { candorSchema } from '@candor/core';
import { configReference, type SchemaNode } from './schema-reference.js';
import { REFERENCE_STYLES } from './styles.js';

const rows = new Map(configReference(candorSchema as SchemaNode).flatMap((section) => section.rows.map((row) => [row.path, row])));

/**
 * Some keys of `candor.json` with their descriptions from the schema, so a guide quotes the
 * reference instead of restating it. A key the schema no longer has fails the page's build
 * and the docs tests.
 */
export function ConfigKeys({ paths, caption }: { paths: string[]; caption: string }) {
  return (
    <div className="candor-ref">
      <style>{REFERENCE_STYLES}</style>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">What it says</th>
          </tr>
        </thead>
        <tbody>
          {paths.map((path) => {
            const row = rows.get(path);
            if (!row) throw new Error(`ConfigKeys: candor.json has no key ${path}; see the config reference`);
            return (
              <tr key={path} data-path={path}>
                <th scope="row">
                  <code>{path}</code>
                </th>
                <td>{row.description}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

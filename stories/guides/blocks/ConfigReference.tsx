import { Fragment, type ReactNode } from 'react';
import { candorSchema } from '@candor/core';
import { FORMAT_HELP } from './formats.js';
import { Prose } from './Prose.js';
import { configReference, formatsUsed, type ReferenceRow, type SchemaNode } from './schema-reference.js';
import { REFERENCE_STYLES } from './styles.js';

/** The id of a row's anchor: `config-delivery-carriers-transit-country-or-default`. */
export const rowId = (path: string): string => `config-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '')}`;
const formatId = (format: string) => `format-${format}`;

const json = (value: unknown) => JSON.stringify(value);

function Values({ values }: { values: readonly unknown[] }): ReactNode {
  return values.map((value, index) => (
    <Fragment key={index}>
      {index > 0 && ', '}
      <code>{json(value)}</code>
    </Fragment>
  ));
}

function Row({ row }: { row: ReferenceRow }) {
  const cut = row.path.lastIndexOf('.', row.path.length - 1 - (row.path.match(/\[[^\]]*\]$/)?.[0].length ?? 0));
  const parent = cut > 0 ? row.path.slice(0, cut + 1) : '';
  const own = row.path.slice(parent.length);
  return (
    <tr id={rowId(row.path)} data-path={row.path} data-same-as={row.sameAs}>
      <th scope="row">
        <code>
          {parent && <span className="candor-ref-parent">{parent}</span>}
          <strong>{own}</strong>
        </code>
        {row.required && <span className="candor-ref-required">required</span>}
      </th>
      <td>
        <p>
          {row.type}
          {row.formats.map((format) => (
            <Fragment key={format}>
              {' '}
              (<a href={`#${formatId(format)}`}>{format}</a>)
            </Fragment>
          ))}
        </p>
        {row.limits.length > 0 && <p>{row.limits.join('; ')}</p>}
        {row.default !== undefined && (
          <p>
            default <code>{json(row.default)}</code>
          </p>
        )}
      </td>
      <td>
        {row.description && (
          <p>
            <Prose text={row.description} />
          </p>
        )}
        {row.allowed.length > 0 && (
          <p>
            {row.type.startsWith('list') ? 'Each one of: ' : 'One of: '}
            <Values values={row.allowed} />
          </p>
        )}
        {row.notes.map((note) => (
          <p key={note}>
            <Prose text={note} />
          </p>
        ))}
        {row.sameAs && (
          <p>
            Its keys are those of <a href={`#${rowId(row.sameAs)}`}><code>{row.sameAs}</code></a>.
          </p>
        )}
        {row.examples.length > 0 && (
          <p>
            {row.examples.length === 1 ? 'Example: ' : 'Examples: '}
            <Values values={row.examples} />
          </p>
        )}
        {row.itemExamples.length > 0 && (
          <p>
            {row.itemExamples.length === 1 ? 'Example item: ' : 'Example items: '}
            <Values values={row.itemExamples} />
          </p>
        )}
      </td>
    </tr>
  );
}

/**
 * The whole `candor.json` reference: a table per section, then the formats. Rendered at build
 * time from the schema the validator is compiled from, so the two cannot disagree.
 */
export function ConfigReference({ schema = candorSchema as SchemaNode }: { schema?: SchemaNode }) {
  const sections = configReference(schema);
  const formats = formatsUsed(schema);
  return (
    <div className="candor-ref">
      <style>{REFERENCE_STYLES}</style>
      {schema.description && (
        <p>
          <Prose text={schema.description} />
        </p>
      )}
      <nav aria-label="Sections of candor.json">
        <ul>
          {sections.map((section) => (
            <li key={section.name}>
              <a href={`#${rowId(section.name)}-section`}>
                <code>{section.name}</code>
              </a>
            </li>
          ))}
          <li>
            <a href="#config-formats">Formats</a>
          </li>
        </ul>
      </nav>
      {sections.map((section) => (
        <section key={section.name} aria-labelledby={`${rowId(section.name)}-section`}>
          <h2 id={`${rowId(section.name)}-section`}>
            <code>{section.name}</code>
          </h2>
          {section.description && <p>{section.description}</p>}
          <table>
              <caption>
                Every key of <code>{section.name}</code>
              </caption>
              <thead>
                <tr>
                  <th scope="col">Key</th>
                  <th scope="col">Value</th>
                  <th scope="col">Meaning</th>
                </tr>
              </thead>
              <tbody>
                {section.rows.map((row) => (
                  <Row key={row.path} row={row} />
                ))}
              </tbody>
          </table>
        </section>
      ))}
      <section aria-labelledby="config-formats">
        <h2 id="config-formats">Formats</h2>
        <p>Text values with a named format are checked for what they mean, not only for their shape.</p>
        <table>
          <caption>The formats of candor.json</caption>
          <thead>
            <tr>
              <th scope="col">Format</th>
              <th scope="col">Accepts</th>
              <th scope="col">Example</th>
            </tr>
          </thead>
          <tbody>
            {formats.map((format) => (
              <tr key={format} id={formatId(format)}>
                <th scope="row">
                  <code>{format}</code>
                </th>
                <td>{FORMAT_HELP[format]?.meaning ?? 'See the validator.'}</td>
                <td>
                  <code>{FORMAT_HELP[format]?.example}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

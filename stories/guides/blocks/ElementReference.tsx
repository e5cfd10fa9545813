import { elementDocs, type ElementDoc } from './elements.js';
import { docsLink } from './story-links.js';
import { Prose } from './Prose.js';
import { REFERENCE_STYLES } from './styles.js';

function TagLink({ element }: { element: ElementDoc }) {
  const href = docsLink(element.tag);
  const tag = <code>{`<${element.tag}>`}</code>;
  return href ? <a href={href}>{tag}</a> : tag;
}

/** Every element with what it is and the import that registers it alone. */
export function ElementList({ elements = elementDocs() }: { elements?: ElementDoc[] }) {
  return (
    <div className="candor-ref">
      <style>{REFERENCE_STYLES}</style>
      <table>
        <caption>The elements</caption>
        <thead>
          <tr>
            <th scope="col">Element</th>
            <th scope="col">What it shows</th>
            <th scope="col">Import it alone</th>
          </tr>
        </thead>
        <tbody>
          {elements.map((element) => (
            <tr key={element.tag} data-tag={element.tag}>
              <th scope="row">
                <TagLink element={element} />
              </th>
              <td>
                <Prose text={element.summary} />
              </td>
              <td>{element.importPath ? <code>{`import '${element.importPath}';`}</code> : <code>{"import '@candor/elements';"}</code>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The `candor-*` events of every element: what fires them and the class to listen with. */
export function EventList({ elements = elementDocs() }: { elements?: ElementDoc[] }) {
  const rows = elements.flatMap((element) => element.events.map((event) => ({ element, event })));
  return (
    <div className="candor-ref">
      <style>{REFERENCE_STYLES}</style>
      <table>
        <caption>Events (all bubble and cross shadow roots; fired only on a buyer's action)</caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Element</th>
            <th scope="col">Class</th>
            <th scope="col">When</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ element, event }) => (
            <tr key={`${element.tag} ${event.name}`} data-event={event.name}>
              <th scope="row">
                <code>{event.name}</code>
              </th>
              <td>
                <TagLink element={element} />
              </td>
              <td>
                <code>{event.type}</code>
              </td>
              <td>
                <Prose text={event.description} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Per element: every `--candor-*` custom property and every `::part()`, from the manifest. */
export function ThemingReference({ elements = elementDocs() }: { elements?: ElementDoc[] }) {
  return (
    <div className="candor-ref">
      <style>{REFERENCE_STYLES}</style>
      {elements.map((element) => (
        <section key={element.tag} aria-labelledby={`theming-${element.tag}`} data-tag={element.tag}>
          <h3 id={`theming-${element.tag}`}>
            <code>{`<${element.tag}>`}</code>
          </h3>
          {element.cssProperties.length === 0 && <p>No custom properties.</p>}
          {element.cssProperties.length > 0 && <table>
            <caption>
              Custom properties of <code>{element.tag}</code>
            </caption>
            <thead>
              <tr>
                <th scope="col">Property</th>
                <th scope="col">Default</th>
                <th scope="col">What it sets</th>
              </tr>
            </thead>
            <tbody>
              {element.cssProperties.map((property) => (
                <tr key={property.name} data-css-property={property.name}>
                  <th scope="row">
                    <code>{property.name}</code>
                  </th>
                  <td>{property.default !== undefined ? <code>{property.default}</code> : 'see description'}</td>
                  <td>
                    <Prose text={property.description} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>}
          {element.cssParts.length === 0 && <p>No parts.</p>}
          {element.cssParts.length > 0 && <table>
            <caption>
              Parts of <code>{element.tag}</code>
            </caption>
            <thead>
              <tr>
                <th scope="col">Selector</th>
                <th scope="col">The block it styles</th>
              </tr>
            </thead>
            <tbody>
              {element.cssParts.map((part) => (
                <tr key={part.name} data-css-part={part.name}>
                  <th scope="row">
                    <code>{`${element.tag}::part(${part.name})`}</code>
                  </th>
                  <td>
                    <Prose text={part.description} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>}
        </section>
      ))}
    </div>
  );
}

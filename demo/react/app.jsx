// React 19 passes properties and listens to custom events on custom elements natively:
// `projects` is set as a property, `onpartner-select` subscribes to the event.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../dist/partner-map.js';

const PROJECTS = ['boost4health', 'onconet', 'laser-go', 'bioxclusters-plus'];

function App() {
  const [project, setProject] = useState('all');
  const [selected, setSelected] = useState('nothing yet');
  return (
    <>
      <h1>React drives the filter; the map reports selections</h1>
      <label>
        Project:{' '}
        <select value={project} onChange={(e) => setProject(e.target.value)}>
          <option value="all">All projects</option>
          {PROJECTS.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <p role="status">Selected partner: {selected}</p>
      <partner-map
        projects={project === 'all' ? null : [project]}
        onpartner-select={(e) => setSelected(`${e.detail.partner.shortName} (${e.detail.partner.city})`)}
        onprojects-change={(e) => setProject(e.detail.projects.length === 1 ? e.detail.projects[0] : 'all')}
      ></partner-map>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);

// Vue 3 with the element: Vue is told <partner-map> is a custom element (isCustomElement), binds
// `projects` as a property (.prop) and listens to the widget's events with @.
import { createApp, ref } from 'vue';
import '../../dist/partner-map.js';

const app = createApp({
  setup() {
    const programmesOnly = ref(true);
    const selected = ref('cap');
    const onSelect = (e) => (selected.value = `${e.detail.partner.shortName} (${e.detail.partner.city})`);
    return { programmesOnly, selected, onSelect };
  },
  template: `
    <h1>Vue decideix quins projectes es mostren</h1>
    <label><input type="checkbox" v-model="programmesOnly"> Només els programes d'internacionalització</label>
    <p role="status">Soci seleccionat: {{ selected }}</p>
    <partner-map
      :projects.prop="programmesOnly ? ['laser-go', 'bioxclusters-plus'] : null"
      @partner-select="onSelect"
    ></partner-map>
  `,
});
app.config.compilerOptions.isCustomElement = (tag) => tag === 'partner-map';
app.mount('#app');

// The Satu Atap web console: processes with live counts, a modeler with the deployment policy's dry run, a diff
// and deployment with migration, instance and task lists, the coordination report. Everything it shows comes from
// the API with the signed-in user's credentials; admin actions appear only to those the API lets act.
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import './console.css';

import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import Modeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';

import { t, toggleLanguage, lang } from './i18n.js';
import { call, get, signedIn, setCredentials, signOut, ApiError } from './api.js';
import { diff } from './diff.js';

const app = document.getElementById('app');
let isAdmin = false;
let pageCleanup = [];

// --- DOM helpers: text always goes in as text, never as HTML -------------------------------------------------

function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : value);
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

/** Replaces the children of target; absent parts (null, false) are left out, not written as text. */
function put(target, ...children) {
  target.replaceChildren(...children.flat().filter(child => child !== null && child !== undefined && child !== false));
}

function when(instant) {
  return instant ? new Date(instant).toLocaleString(lang() === 'id' ? 'id-ID' : 'en-GB') : '';
}

function message(kind, ...text) {
  return h('div', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, ...text);
}

function showError(target, error) {
  put(target, message('error', `${t('error')}: ${error.message}`));
}

function table(headers, rows, attributes = {}) {
  if (rows.length === 0) {
    return h('p', { class: 'empty' }, t('none'));
  }
  return h('table', attributes,
    h('thead', {}, h('tr', {}, headers.map(header => h('th', {}, header)))),
    h('tbody', {}, rows));
}

function query() {
  const hash = location.hash;
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
}

// --- frame: sign-in, navigation, language ----------------------------------------------------------------------

function frame(content) {
  const nav = h('nav', {},
    h('a', { href: '#/processes', id: 'nav-processes' }, t('processes')),
    h('a', { href: '#/instances', id: 'nav-instances' }, t('instances')),
    h('a', { href: '#/tasks', id: 'nav-tasks' }, t('tasks')),
    h('a', { href: '#/report', id: 'nav-report' }, t('report')),
    h('span', { class: 'spacer' }),
    h('button', { id: 'language', type: 'button', onclick: () => { toggleLanguage(); route(); } }, t('language')),
    h('button', { id: 'sign-out', type: 'button', onclick: () => { signOut(); location.hash = '#/'; route(); } },
      t('signOut')));
  put(app, h('header', {}, h('h1', {}, t('title')), nav), h('main', {}, content));
}

function signInPage(problem) {
  const username = h('input', { id: 'username', name: 'username', autocomplete: 'username', required: true });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password',
    required: true });
  const form = h('form', { id: 'sign-in', class: 'sign-in' },
    h('h1', {}, t('title')),
    h('label', {}, t('username'), username),
    h('label', {}, t('password'), password),
    problem ? message('error', problem) : null,
    h('button', { type: 'submit', id: 'sign-in-button' }, t('signIn')),
    h('button', { type: 'button', class: 'link', onclick: () => { toggleLanguage(); signInPage(); } }, t('language')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    setCredentials(username.value, password.value);
    await start();
  });
  put(app, form);
  username.focus();
}

/** Checks the credentials and what they may do: reading the processes is the console's entry ticket. */
async function start() {
  try {
    await get('/api/v1/process-definitions');
  } catch (error) {
    const status = error instanceof ApiError ? error.status : 0;
    signOut();
    signInPage(status === 403 ? t('noAccess') : status === 401 ? t('badCredentials') : error.message);
    return;
  }
  // The admin-only list answers 403 to coordinators: the console then offers no admin action.
  isAdmin = await get('/api/v1/admin/incidents?limit=1').then(() => true, () => false);
  document.body.classList.toggle('admin', isAdmin);
  if (!location.hash || location.hash === '#/') {
    location.hash = '#/processes';
  }
  route();
}

async function route() {
  pageCleanup.forEach(cleanup => cleanup());
  pageCleanup = [];
  document.documentElement.lang = lang();
  if (!signedIn()) {
    signInPage();
    return;
  }
  const path = location.hash.replace(/^#/, '').split('?')[0].split('/').filter(Boolean).map(decodeURIComponent);
  const content = h('div', { class: 'page' }, h('p', {}, t('loading')));
  frame(content);
  try {
    switch (path[0]) {
      case 'process': await processPage(content, path[1], path[2]); break;
      case 'edit': await editPage(content, path[1], path[2]); break;
      case 'instances': await instancesPage(content); break;
      case 'instance': await instancePage(content, path[1]); break;
      case 'tasks': await tasksPage(content); break;
      case 'report': await reportPage(content); break;
      default: await processesPage(content);
    }
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      signOut();
      signInPage(t('badCredentials'));
    } else {
      showError(content, error);
    }
  }
}

// --- processes ----------------------------------------------------------------------------------------------

async function processesPage(content) {
  const definitions = (await get('/api/v1/process-definitions')).items;
  put(content, h('h2', {}, t('processes')), table(
    [t('key'), t('name'), t('version'), t('running'), t('deployedAt'), ''],
    definitions.map(d => h('tr', { 'data-key': d.key },
      h('td', {}, d.key), h('td', {}, d.name || ''), h('td', {}, d.version), h('td', {}, d.runningInstances),
      h('td', {}, when(d.deployedAt)),
      h('td', {}, h('a', { href: `#/process/${encodeURIComponent(d.key)}/${encodeURIComponent(d.id)}`,
        class: 'open-process' }, t('open'))))),
    { id: 'processes' }));
}

async function definitionXml(id) {
  return get(`/api/v1/process-definitions/${encodeURIComponent(id)}/xml`, { accept: 'application/xml' });
}

function countBadges(count) {
  const badge = (kind, value) => h('span', { class: `count count-${kind}${value > 0 ? ' nonzero' : ''}`,
    title: `${value} ${t(kind)}`, 'data-activity': count.activityId, 'data-kind': kind }, value);
  return h('div', { class: 'counts' }, badge('waiting', count.waiting), badge('overdue', count.overdue),
    badge('incidents', count.incidents));
}

async function processPage(content, key, id) {
  const versions = (await get(`/api/v1/process-definitions/${encodeURIComponent(key)}/versions`)).items;
  const current = versions.find(v => v.id === id) || versions[0];
  const select = h('select', { id: 'version', onchange: event =>
    { location.hash = `#/process/${encodeURIComponent(key)}/${encodeURIComponent(event.target.value)}`; } },
  versions.map(v => h('option', { value: v.id, selected: v.id === current.id },
    `v${v.version} — ${v.runningInstances} ${t('running').toLowerCase()}`)));
  const canvas = h('div', { class: 'canvas', id: 'viewer' });
  put(content,
    h('h2', {}, current.name || key, ' ', h('span', { class: 'muted' }, `${key} v${current.version}`)),
    h('div', { class: 'toolbar' }, h('label', {}, t('version'), ' ', select),
      isAdmin ? h('a', { class: 'button', id: 'edit', href: `#/edit/${encodeURIComponent(key)}/${encodeURIComponent(current.id)}` },
        t('edit')) : null,
      h('a', { class: 'button', href: `#/instances?processDefinitionId=${encodeURIComponent(current.id)}` }, t('instances'))),
    h('p', { class: 'muted' }, t('legend')),
    canvas);
  const viewer = new NavigatedViewer({ container: canvas });
  pageCleanup.push(() => viewer.destroy());
  await viewer.importXML(await definitionXml(current.id));
  viewer.get('canvas').zoom('fit-viewport');
  viewer.on('element.click', event => {
    if (/Task|Event|CallActivity|SubProcess/.test(event.element.type)) {
      location.hash = `#/instances?processDefinitionId=${encodeURIComponent(current.id)}&activityId=${encodeURIComponent(event.element.id)}`;
    }
  });
  const overlays = viewer.get('overlays');
  const registry = viewer.get('elementRegistry');
  const refresh = async () => {
    const counts = await get(`/api/v1/process-definitions/${encodeURIComponent(current.id)}/activity-counts`);
    overlays.remove({ type: 'counts' });
    for (const count of counts.activities) {
      if (registry.get(count.activityId)) {
        overlays.add(count.activityId, 'counts', { position: { bottom: 10, right: 10 }, html: countBadges(count) });
      }
    }
  };
  await refresh();
  const timer = setInterval(() => refresh().catch(() => {}), 10000);
  pageCleanup.push(() => clearInterval(timer));
}

// --- modeler: validate, diff, deploy, migrate --------------------------------------------------------------

function modelFile(key, xml) {
  const form = new FormData();
  form.append('name', `${key} (console)`);
  form.append('files', new Blob([xml], { type: 'application/xml' }), `${key}.bpmn`);
  return form;
}

async function editPage(content, key, id) {
  const deployedXml = await definitionXml(id);
  const versions = (await get(`/api/v1/process-definitions/${encodeURIComponent(key)}/versions`)).items;
  const base = versions.find(v => v.id === id);
  const canvas = h('div', { class: 'canvas', id: 'modeler' });
  const properties = h('div', { class: 'properties', id: 'properties' });
  const results = h('div', { class: 'results', id: 'results' });
  const migration = h('div', { class: 'migration', id: 'migration' });
  const validateButton = h('button', { type: 'button', id: 'validate' }, t('validate'));
  const diffButton = h('button', { type: 'button', id: 'diff' }, t('diff'));
  const deployButton = h('button', { type: 'button', id: 'deploy', class: 'primary' }, t('deploy'));
  put(content,
    h('h2', {}, t('edit'), ' ', h('span', { class: 'muted' }, `${key} v${base ? base.version : ''}`)),
    h('div', { class: 'toolbar' }, validateButton, diffButton, deployButton),
    h('div', { class: 'editor' }, canvas, properties),
    results, migration);
  const modeler = new Modeler({
    container: canvas,
    propertiesPanel: { parent: properties },
    additionalModules: [BpmnPropertiesPanelModule, BpmnPropertiesProviderModule,
      CamundaPlatformPropertiesProviderModule, CamundaBehaviorsModule],
    moddleExtensions: { camunda: camundaModdle }
  });
  pageCleanup.push(() => modeler.destroy());
  offerHints(properties);
  await modeler.importXML(deployedXml);
  modeler.get('canvas').zoom('fit-viewport');
  const overlays = modeler.get('overlays');
  const registry = modeler.get('elementRegistry');
  const canvasService = modeler.get('canvas');
  const marked = new Set();

  const clearMarks = () => {
    overlays.remove({ type: 'problem' });
    overlays.remove({ type: 'diff' });
    for (const [elementId, marker] of marked) {
      if (registry.get(elementId)) {
        canvasService.removeMarker(elementId, marker);
      }
    }
    marked.clear();
  };
  const mark = (elementId, marker) => {
    canvasService.addMarker(elementId, marker);
    marked.add([elementId, marker]);
  };
  const currentXml = async () => (await modeler.saveXML({ format: true })).xml;

  const showProblems = (problems, warnings = []) => {
    clearMarks();
    const item = problem => {
      const element = problem.elementId && registry.get(problem.elementId);
      if (element) {
        mark(problem.elementId, 'has-problem');
        overlays.add(problem.elementId, 'problem', { position: { top: -24, left: 0 },
          html: h('div', { class: 'problem-badge', title: problem.message, 'data-element': problem.elementId,
            'data-element-type': element.type }, problem.message) });
      }
      // A click on a reason selects its element on the diagram, to fix or remove it there.
      return h('li', { 'data-element': problem.elementId || '', class: element ? 'selectable' : '',
        onclick: () => element && modeler.get('selection').select(element) },
        problem.elementId ? h('code', {}, problem.elementId) : null, problem.elementId ? ': ' : '', problem.message);
    };
    put(results,
      problems.length ? message('error', t('invalid')) : message('ok', t('valid')),
      problems.length ? h('ul', { id: 'problems' }, problems.map(item)) : null,
      warnings.length ? h('div', {}, h('p', {}, t('warnings')), h('ul', {}, warnings.map(item))) : null);
  };

  validateButton.addEventListener('click', async () => {
    try {
      const report = (await call('POST', '/api/v1/admin/deployments?dryRun=true',
        { form: modelFile(key, await currentXml()) })).body;
      showProblems(report.problems || [], report.warnings || []);
    } catch (error) {
      showError(results, error);
    }
  });

  diffButton.addEventListener('click', async () => {
    clearMarks();
    const changes = diff(deployedXml, await currentXml());
    for (const change of changes) {
      if (change.change !== 'removed' && registry.get(change.id)) {
        mark(change.id, `diff-${change.change}`);
        overlays.add(change.id, 'diff', { position: { top: -24, right: 24 },
          html: h('div', { class: `diff-badge diff-${change.change}`, 'data-element': change.id }, t(change.change)) });
      }
    }
    put(results, changes.length === 0 ? message('ok', t('noChanges'))
      : h('ul', { id: 'changes' }, changes.map(change => h('li', { class: `diff-${change.change}`, 'data-element': change.id },
        h('strong', {}, t(change.change)), ' ', h('code', {}, change.id), ` ${change.type} ${change.name}`))));
  });

  deployButton.addEventListener('click', async () => {
    try {
      const response = await call('POST', '/api/v1/admin/deployments', { form: modelFile(key, await currentXml()) });
      const created = (response.body.definitions || []).find(d => d.key === key);
      if (!created) {
        put(results, message('ok', t('unchanged')));
        return;
      }
      clearMarks();
      put(results, message('ok', h('span', { id: 'deployed' }, `${t('deployed')} ${created.version}`), ' ',
        h('a', { href: `#/process/${encodeURIComponent(key)}/${encodeURIComponent(created.id)}` }, t('open'))));
      await migrationPanel(migration, key, created);
    } catch (error) {
      if (error instanceof ApiError && error.body && Array.isArray(error.body.problems)) {
        showProblems(error.body.problems);
      } else {
        showError(results, error);
      }
    }
  });
}

/**
 * The properties panel's fields for candidate groups and delegate expressions suggest what the deployment policy
 * accepts: the groups that exist and the allow-listed delegate beans.
 */
async function offerHints(properties) {
  const hints = await get('/api/v1/process-definitions/modeling-hints').catch(() => null);
  if (!hints) {
    return;
  }
  properties.append(
    h('datalist', { id: 'known-groups' }, hints.candidateGroups.map(group => h('option', { value: group }))),
    h('datalist', { id: 'allowed-delegates' }, hints.delegates.map(bean => h('option', { value: `\${${bean}}` }))));
  const attach = () => {
    properties.querySelectorAll('input[id$="candidateGroups"]').forEach(input => input.setAttribute('list', 'known-groups'));
    properties.querySelectorAll('input[id$="delegateExpression"]').forEach(input => input.setAttribute('list', 'allowed-delegates'));
  };
  const observer = new MutationObserver(attach);
  observer.observe(properties, { childList: true, subtree: true });
  pageCleanup.push(() => observer.disconnect());
  attach();
}

async function migrationPanel(panel, key, target) {
  const versions = (await get(`/api/v1/process-definitions/${encodeURIComponent(key)}/versions`)).items
    .filter(v => v.id !== target.id && v.runningInstances > 0);
  if (versions.length === 0) {
    put(panel);
    return;
  }
  const list = h('div', { id: 'migration-instances' });
  const outcome = h('div', { id: 'migration-result' });
  const source = h('select', { id: 'migration-source', onchange: () => loadInstances() },
    versions.map(v => h('option', { value: v.id }, `v${v.version} (${v.runningInstances})`)));
  const chosen = () => [...list.querySelectorAll('input[type=checkbox]:checked')].map(box => box.value);
  const loadInstances = async () => {
    const instances = (await get(`/api/v1/process-instances?processDefinitionId=${encodeURIComponent(source.value)}&limit=200`)).items;
    put(list, table(['', t('instance'), t('businessKey'), t('started')], instances.map(i => h('tr', {},
      h('td', {}, h('input', { type: 'checkbox', value: i.id, 'data-business-key': i.businessKey || '',
        'aria-label': i.businessKey || i.id })),
      h('td', {}, h('a', { href: `#/instance/${encodeURIComponent(i.id)}` }, i.id)),
      h('td', {}, i.businessKey || ''), h('td', {}, when(i.started))))));
  };
  const run = async dryRun => {
    try {
      const report = (await call('POST', '/api/v1/admin/migrations', { json: {
        sourceDefinitionId: source.value, targetDefinitionId: target.id, processInstanceIds: chosen(), dryRun,
        async: false } })).body;
      put(outcome,
        message('ok', dryRun ? t('checkMigration') : t('migrated'), ': ', report.outcome),
        h('p', {}, `${t('movable')}: `, (report.movable || []).join(', ')),
        (report.refused || []).length ? h('ul', {}, report.refused.map(r =>
          h('li', {}, `${t('refused')}: ${r.processInstanceId} — ${r.reasons.join('; ')}`))) : null);
      if (!dryRun) {
        await loadInstances();
      }
    } catch (error) {
      showError(outcome, error);
    }
  };
  put(panel, h('h3', {}, t('migrate')), h('p', { class: 'muted' }, t('migrateHint')),
    h('label', {}, t('sourceVersion'), ' ', source), list,
    h('div', { class: 'toolbar' },
      h('button', { type: 'button', id: 'migration-check', onclick: () => run(true) }, t('checkMigration')),
      h('button', { type: 'button', id: 'migration-run', class: 'primary', onclick: () => run(false) }, t('doMigrate'))),
    outcome);
  await loadInstances();
}

// --- instances and tasks ------------------------------------------------------------------------------------

async function filterForm(content, fields, load) {
  const params = query();
  const processes = (await get('/api/v1/process-definitions')).items;
  const inputs = {
    processKey: h('select', { name: 'processKey' }, h('option', { value: '' }, t('any')),
      processes.map(p => h('option', { value: p.key, selected: params.get('processKey') === p.key }, p.key))),
    businessKey: h('input', { name: 'businessKey', value: params.get('businessKey') || '' }),
    candidateGroup: h('input', { name: 'candidateGroup', value: params.get('candidateGroup') || '' }),
    overdue: h('select', { name: 'overdue' }, h('option', { value: '' }, t('any')),
      h('option', { value: 'true', selected: params.get('overdue') === 'true' }, t('yes')),
      h('option', { value: 'false', selected: params.get('overdue') === 'false' }, t('no')))
  };
  const labels = { processKey: t('processKey'), businessKey: t('businessKey'), candidateGroup: t('group'),
    overdue: t('overdueOnly') };
  const form = h('form', { class: 'filters', id: 'filters' },
    fields.map(field => h('label', {}, labels[field], inputs[field])),
    h('button', { type: 'submit', id: 'search' }, t('search')));
  const results = h('div', { class: 'results' });
  const search = (cursor, append) => {
    const filter = new URLSearchParams();
    for (const field of fields) {
      if (inputs[field].value) {
        filter.set(field, inputs[field].value);
      }
    }
    for (const fixed of ['processDefinitionId', 'activityId']) {
      if (params.get(fixed)) {
        filter.set(fixed, params.get(fixed));
      }
    }
    filter.set('limit', '50');
    if (cursor) {
      filter.set('cursor', cursor);
    }
    return load(filter, results, append, next => search(next, true)).catch(error => showError(results, error));
  };
  form.addEventListener('submit', event => { event.preventDefault(); search(); });
  content.append(form, results);
  await search();
}

function pager(results, page, more) {
  if (page.nextCursor) {
    results.append(h('button', { type: 'button', class: 'next', onclick: event => {
      event.target.remove();
      more(page.nextCursor);
    } }, t('next')));
  }
}

async function instancesPage(content) {
  put(content, h('h2', {}, t('instances')));
  const fixed = query();
  if (fixed.get('processDefinitionId')) {
    content.append(h('p', { class: 'muted' }, fixed.get('processDefinitionId'),
      fixed.get('activityId') ? ` · ${fixed.get('activityId')}` : ''));
  }
  await filterForm(content, ['processKey', 'businessKey', 'candidateGroup', 'overdue'], async (filter, results, append, more) => {
    const page = await get(`/api/v1/process-instances?${filter}`);
    const rows = page.items.map(i => h('tr', { 'data-id': i.id },
      h('td', {}, h('a', { href: `#/instance/${encodeURIComponent(i.id)}` }, i.id)),
      h('td', {}, `${i.processKey} v${i.version}`), h('td', {}, i.businessKey || ''),
      h('td', {}, when(i.started)), h('td', {}, i.suspended ? t('suspended') : t('active'))));
    const tbody = results.querySelector('tbody');
    if (append && tbody) {
      tbody.append(...rows);
    } else {
      put(results, table([t('instance'), t('processKey'), t('businessKey'), t('started'), t('state')], rows,
        { id: 'instance-list' }));
    }
    pager(results, page, more);
  });
}

async function tasksPage(content) {
  put(content, h('h2', {}, t('tasks')));
  await filterForm(content, ['processKey', 'businessKey', 'candidateGroup', 'overdue'], async (filter, results, append, more) => {
    const page = await get(`/api/v1/open-tasks?${filter}`);
    const now = Date.now();
    const rows = page.items.map(task => h('tr', { 'data-id': task.id, class: task.due && Date.parse(task.due) < now ? 'late' : '' },
      h('td', {}, task.name), h('td', {}, task.processKey),
      h('td', {}, task.processInstanceId ? h('a', { href: `#/instance/${encodeURIComponent(task.processInstanceId)}` },
        task.businessKey || task.processInstanceId) : ''),
      h('td', {}, (task.candidateGroups || []).join(', ')), h('td', {}, task.assignee || ''),
      h('td', {}, when(task.created)), h('td', {}, when(task.due))));
    const tbody = results.querySelector('tbody');
    if (append && tbody) {
      tbody.append(...rows);
    } else {
      put(results, table([t('task'), t('processKey'), t('instance'), t('candidateGroups'), t('assignee'),
        t('created'), t('due')], rows, { id: 'task-list' }));
    }
    pager(results, page, more);
  });
}

async function instancePage(content, id) {
  const instance = await get(`/api/v1/process-instances/${encodeURIComponent(id)}`);
  const versions = (await get(`/api/v1/process-definitions/${encodeURIComponent(instance.processKey)}/versions`)).items;
  const definition = versions.find(v => v.version === instance.version);
  const canvas = h('div', { class: 'canvas small', id: 'instance-diagram' });
  const actions = h('div', { class: 'toolbar', id: 'instance-actions' });
  const incidentsBox = h('div', { id: 'incidents' });
  const steps = [...(instance.history || []), ...(instance.currentActivities || [])]
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  put(content,
    h('h2', {}, t('instance'), ' ', h('span', { class: 'muted' }, instance.businessKey || instance.id)),
    h('p', { id: 'instance-summary' }, `${instance.processKey} `, h('strong', { id: 'instance-version' }, `v${instance.version}`),
      ` · ${t('state')}: `, h('span', { id: 'instance-state' }, instance.state), ` · ${t('started')}: ${when(instance.started)}`),
    actions, canvas,
    h('h3', {}, t('current')),
    h('ul', { id: 'current-activities' }, (instance.currentActivities || []).map(a =>
      h('li', { 'data-activity': a.activityId }, a.name || a.activityId))),
    incidentsBox,
    h('h3', {}, t('timeline')),
    table([t('name'), t('started'), '', t('assignee')], steps.map(a => h('tr', { class: a.end ? '' : 'now' },
      h('td', {}, a.name || a.activityId), h('td', {}, when(a.start)), h('td', {}, a.end ? when(a.end) : '…'),
      h('td', {}, a.assignee || ''))), { id: 'timeline' }));
  if (isAdmin && instance.state !== 'COMPLETED' && !instance.ended) {
    const suspended = instance.state === 'SUSPENDED';
    actions.append(h('button', { type: 'button', id: suspended ? 'resume' : 'suspend', onclick: async () => {
      try {
        await call('PUT', `/api/v1/admin/process-instances/${encodeURIComponent(id)}/suspension`,
          { json: { suspended: !suspended } });
        route();
      } catch (error) {
        showError(actions, error);
      }
    } }, suspended ? t('resume') : t('suspend')));
    const incidents = (await get(`/api/v1/admin/incidents?processInstanceId=${encodeURIComponent(id)}`)).items;
    if (incidents.length) {
      put(incidentsBox, h('h3', {}, t('incidents')), h('ul', {}, incidents.map(incident => h('li', {},
        h('code', {}, incident.activityId || ''), ` ${incident.message || ''} `,
        h('button', { type: 'button', class: 'retry', onclick: async () => {
          try {
            await call('POST', `/api/v1/admin/incidents/${encodeURIComponent(incident.id)}/retry`);
            route();
          } catch (error) {
            showError(incidentsBox, error);
          }
        } }, t('retry'))))));
    }
  }
  if (definition) {
    const viewer = new NavigatedViewer({ container: canvas });
    pageCleanup.push(() => viewer.destroy());
    await viewer.importXML(await definitionXml(definition.id));
    viewer.get('canvas').zoom('fit-viewport');
    const registry = viewer.get('elementRegistry');
    for (const activity of instance.currentActivities || []) {
      if (registry.get(activity.activityId)) {
        viewer.get('canvas').addMarker(activity.activityId, 'current');
      }
    }
    for (const activity of instance.history || []) {
      if (registry.get(activity.activityId)) {
        viewer.get('canvas').addMarker(activity.activityId, 'done');
      }
    }
  }
}

// --- coordination report (only where the server has it) ------------------------------------------------------

async function reportPage(content) {
  put(content, h('h2', {}, t('report')));
  // The last 90 days: the printable summary the coordination meeting reads, its charts drawn by the server.
  const day = date => date.toISOString().slice(0, 10);
  const to = new Date();
  const from = new Date(to.getTime() - 90 * 24 * 3600 * 1000);
  let page;
  try {
    page = await get(`/api/v1/reports/coordination.html?from=${day(from)}&to=${day(to)}`, { accept: 'text/html' });
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 405)) {
      content.append(message('info', t('reportMissing')));
      return;
    }
    throw error;
  }
  // The page has no script; in a sandboxed frame it stays apart from the console's own page.
  content.append(h('h3', {}, `${day(from)} – ${day(to)}`),
    h('iframe', { class: 'report-frame', id: 'report-frame', sandbox: '', srcdoc: page }));
}

window.addEventListener('hashchange', route);
if (signedIn()) {
  start();
} else {
  signInPage();
}

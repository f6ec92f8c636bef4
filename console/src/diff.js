// Element-level diff of two BPMN documents: flow elements (activities, events, gateways, flows) matched by id,
// as a migration maps them; an element is changed when its XML (attributes, extension elements, children)
// differs, whitespace aside. The diagram interchange (positions) is not compared.
const MODEL_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
const CONTAINERS = new Set(['process', 'subProcess', 'transaction', 'adHocSubProcess']);

function elements(xml) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const found = new Map();
  for (const node of doc.getElementsByTagNameNS(MODEL_NS, '*')) {
    const parent = node.parentNode;
    if (!node.getAttribute('id') || !parent || parent.namespaceURI !== MODEL_NS || !CONTAINERS.has(parent.localName)) {
      continue;
    }
    if (node.localName === 'laneSet' || node.localName === 'documentation' || node.localName === 'extensionElements') {
      continue;
    }
    found.set(node.getAttribute('id'), {
      type: node.localName,
      name: node.getAttribute('name') || '',
      xml: new XMLSerializer().serializeToString(node).replace(/\s+/g, ' ').replace(/> </g, '><')
    });
  }
  return found;
}

/** [{ id, name, type, change: 'added' | 'removed' | 'changed' }] from the deployed to the edited document. */
export function diff(deployedXml, editedXml) {
  const before = elements(deployedXml);
  const after = elements(editedXml);
  const changes = [];
  for (const [id, element] of after) {
    const old = before.get(id);
    if (!old) {
      changes.push({ id, name: element.name, type: element.type, change: 'added' });
    } else if (old.xml !== element.xml) {
      changes.push({ id, name: element.name, type: element.type, change: 'changed' });
    }
  }
  for (const [id, element] of before) {
    if (!after.has(id)) {
      changes.push({ id, name: element.name, type: element.type, change: 'removed' });
    }
  }
  return changes;
}

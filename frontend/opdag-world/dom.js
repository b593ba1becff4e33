// Small DOM helpers for the world renderers. Text always goes in as text nodes, never as markup.

const SVG_NS = 'http://www.w3.org/2000/svg';

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') {
      node.textContent = String(v);
    } else {
      node.setAttribute(k, v === true ? '' : String(v));
    }
  }
}

function append(node, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** A number for people: at most two decimals, Danish decimal comma when asked for. */
export function fmt(n, danish = true) {
  if (typeof n !== 'number' || !isFinite(n)) return String(n);
  const r = Math.round(n * 100) / 100;
  const s = String(r);
  return danish ? s.replace('.', ',') : s;
}

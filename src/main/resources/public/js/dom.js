// Builds elements from tags and text: strings always become text nodes, never markup, so a user's
// text or a server's message can never be read as HTML.

/**
 * h('p', {class: 'help', id: 'x'}, 'text', child, [more, children])
 * Attributes: `class`, `hidden` and other booleans (true/false), `dataset` (object), `on<Event>`
 * (listener function); everything else is set with setAttribute. null/undefined/false children
 * are skipped.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (value === true) {
      el.setAttribute(name, '');
    } else {
      el.setAttribute(name, String(value));
    }
  }
  append(el, children);
  return el;
}

/** Appends children (strings, nodes, nested arrays); skips null, undefined and false. */
export function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(parent, child);
    } else if (child instanceof Node) {
      parent.appendChild(child);
    } else {
      parent.appendChild(document.createTextNode(String(child)));
    }
  }
  return parent;
}

/** Replaces every child of `parent`. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

export function byId(id) {
  const el = document.getElementById(id);
  if (!el) {
    throw new Error(`missing element #${id}`);
  }
  return el;
}

/** Moves focus to `el` (a heading with tabindex=-1) and scrolls it into view. */
export function focusOn(el) {
  if (!el) {
    return;
  }
  if (!el.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) {
    el.setAttribute('tabindex', '-1');
  }
  el.focus({ preventScroll: true });
  el.scrollIntoView({ block: 'start', behavior: 'auto' });
}

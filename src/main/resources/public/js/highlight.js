// The pasted text with the evidence of a match marked in it. The match API returns, per evidence
// item, the input segment that matched and the matched words as offsets into the text as sent
// (UTF-16 code units, like JavaScript strings). The text is only ever inserted as text nodes.

import { h } from './dom.js';

/**
 * The spans of a match's evidence: one `segment` span per item (the CV line or sentence) and one
 * `mark` span per matched word, each tagged with the index of its evidence item.
 */
export function evidenceSpans(match) {
  const spans = [];
  (match?.evidence ?? []).forEach((e, i) => {
    if (e.segment) {
      spans.push({ ...e.segment, type: 'segment', evidence: i });
    }
    for (const hl of e.highlights ?? []) {
      spans.push({ ...hl, type: 'mark', evidence: i });
    }
  });
  return spans;
}

/** Whether a span can be trusted: integer offsets inside the text and, if given, the same text. */
export function validSpan(text, s) {
  return Number.isInteger(s.start) && Number.isInteger(s.end)
    && s.start >= 0 && s.end > s.start && s.end <= text.length
    && (typeof s.text !== 'string' || text.slice(s.start, s.end) === s.text);
}

/**
 * Cuts `text` into consecutive pieces at every span boundary. Each piece says whether it lies in
 * a marked word, in a matching segment, and which evidence items cover it. Invalid spans (offsets
 * out of range or not matching the text) are dropped rather than marking the wrong words.
 *
 * @returns {{pieces: Array<{start:number,end:number,text:string,mark:boolean,segment:boolean,evidence:number[]}>, dropped: number}}
 */
export function pieces(text, spans) {
  const valid = spans.filter((s) => validSpan(text, s));
  const cuts = new Set([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i];
    const end = sorted[i + 1];
    const covering = valid.filter((s) => s.start <= start && s.end >= end);
    const piece = {
      start,
      end,
      text: text.slice(start, end),
      mark: covering.some((s) => s.type === 'mark'),
      segment: covering.some((s) => s.type === 'segment'),
      evidence: [...new Set(covering.map((s) => s.evidence))].filter((e) => e !== undefined).sort((a, b) => a - b),
    };
    const last = out[out.length - 1];
    if (last && last.mark === piece.mark && last.segment === piece.segment
        && last.evidence.join() === piece.evidence.join()) {
      last.end = end;
      last.text += piece.text;
    } else {
      out.push(piece);
    }
  }
  return { pieces: out, dropped: spans.length - valid.length };
}

/** Fills `container` with the text, marked words in <mark>, matching segments in <span class="seg">. */
export function renderHighlighted(container, text, spans) {
  const { pieces: parts, dropped } = pieces(text, spans);
  const nodes = parts.map((p) => {
    const dataset = p.evidence.length ? { evidence: p.evidence.join(' ') } : undefined;
    if (p.mark) {
      return h('mark', { class: p.segment ? 'in-seg' : null, dataset }, p.text);
    }
    if (p.segment) {
      return h('span', { class: 'seg', dataset }, p.text);
    }
    return document.createTextNode(p.text);
  });
  container.replaceChildren(...nodes);
  return { marks: parts.filter((p) => p.mark).length, dropped };
}

/** Outlines the parts of the text that belong to evidence item `index` (null clears). */
export function setActiveEvidence(container, index) {
  for (const el of container.querySelectorAll('[data-evidence]')) {
    const on = index !== null && el.dataset.evidence.split(' ').includes(String(index));
    el.classList.toggle('active', on);
  }
  if (index === null) {
    return null;
  }
  return container.querySelector(`[data-evidence~="${index}"]`);
}

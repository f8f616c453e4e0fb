// Tiny DOM builder. Text always goes in as text nodes (never innerHTML), and
// no inline styles or inline event-handler attributes are ever produced.

type Child = Node | string | null | undefined | false;
type Listener = (ev: Event) => void;

export interface Props {
  [attr: string]: string | number | boolean | null | undefined | Record<string, Listener>;
  on?: Record<string, Listener>;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, val] of Object.entries(props)) {
    if (key === "on") {
      for (const [type, fn] of Object.entries(val as Record<string, Listener>)) el.addEventListener(type, fn);
    } else if (key === "value" && "value" in el) {
      (el as HTMLInputElement).value = String(val ?? "");
    } else if (val === true) {
      el.setAttribute(key, "");
    } else if (val !== false && val !== null && val !== undefined) {
      el.setAttribute(key, String(val));
    }
  }
  append(el, children);
  return el;
}

function append(el: Element, children: (Child | Child[])[]): void {
  for (const c of children) {
    if (Array.isArray(c)) append(el, c);
    else if (c === null || c === undefined || c === false) continue;
    else el.append(typeof c === "string" ? document.createTextNode(c) : c);
  }
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** SVG counterpart of h(): attributes only (no inline styles), text as text nodes. */
export function s(tag: string, attrs: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(typeof c === "string" ? document.createTextNode(c) : c);
  return el;
}

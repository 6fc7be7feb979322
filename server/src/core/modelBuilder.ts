// Walks one chunk's mdast into model pieces (passages, sections, lists, comments). Offsets are
// relative to the chunk: the chunk's source may carry a prefix of link definitions borrowed from other
// chunks, which `base` skips.

import type { Nodes, Parents, Root } from 'mdast';
import { alignSegments } from './align';
import type { Comment, ListInfo, Passage, Section, Segment } from './model';

const OBJECT_REPLACEMENT = '\uFFFC';

interface Frame {
  node: Nodes;
  listItem?: Passage['listItem'];
  /** Index (into lists) of the list a listItem node belongs to: later nested lists must not claim it. */
  list?: number;
}

export class ModelBuilder {
  passages: Passage[] = [];
  lists: ListInfo[] = [];
  comments: Comment[] = [];
  sections: Section[] = [];
  /** Link reference and footnote definitions: they apply document-wide. */
  definitions: Array<{ label: string; start: number; end: number }> = [];

  /** `source` is prefix + chunk; `base` is the prefix length. Offsets we record are chunk-relative. */
  constructor(
    private readonly source: string,
    private readonly base: number,
  ) {}

  off(node: Nodes, edge: 'start' | 'end'): number {
    return Math.max(0, (node.position?.[edge]?.offset ?? 0) - this.base);
  }

  /** Iterative walk over block structure, so that deeply nested lists cannot overflow the stack. */
  walk(root: Root): void {
    const stack: Frame[] = [];
    for (let i = root.children.length - 1; i >= 0; i--) {
      if ((root.children[i].position?.start.offset ?? 0) >= this.base) stack.push({ node: root.children[i] });
    }
    while (stack.length > 0) {
      const { node, listItem, list } = stack.pop()!;
      switch (node.type) {
        case 'heading':
          this.addSection(node.depth, node);
          this.addPassage('heading', node, node.depth, undefined);
          continue;
        case 'paragraph':
          this.addPassage('paragraph', node, 0, listItem);
          continue;
        case 'table':
          node.children.forEach((row, r) => row.children.forEach((cell, c) => this.addPassage('tableCell', cell, 0, undefined, { row: r, column: c })));
          continue;
        case 'html':
          this.collectComments(node.value, this.off(node, 'start'));
          continue;
        case 'definition':
        case 'footnoteDefinition':
          this.definitions.push({ label: (node.type === 'footnoteDefinition' ? '^' : '') + node.identifier, start: this.off(node, 'start'), end: this.off(node, 'end') });
          if (node.type === 'definition') continue;
          break;
        case 'code':
        case 'yaml':
        case 'thematicBreak':
          continue;
        case 'list':
          this.addList(node);
          break;
        default:
          break;
      }
      if ('children' in node) {
        const parent = node as Parents;
        let item = listItem;
        if (node.type === 'listItem') item = { start: this.off(node, 'start'), end: this.off(node, 'end'), list: list ?? this.lists.length - 1 };
        const ownList = node.type === 'list' ? this.lists.length - 1 : undefined;
        for (let i = parent.children.length - 1; i >= 0; i--) {
          // Only the first paragraph of an item is "the item's text"; later ones are continuations.
          const child = parent.children[i] as Nodes;
          stack.push({ node: child, listItem: node.type === 'listItem' && i === 0 ? item : undefined, list: ownList });
        }
      }
    }
  }

  private addList(node: Extract<Nodes, { type: 'list' }>): void {
    const start = this.off(node, 'start');
    const at = start + this.base;
    // A line ends at LF, CRLF or a lone CR (old Mac files).
    const lineStart = Math.max(this.base, this.source.lastIndexOf('\n', at - 1) + 1, this.source.lastIndexOf('\r', at - 1) + 1);
    const marker = /^\s*(?:>\s*)*([-*+]|\d{1,9}[.)])/.exec(this.source.slice(at, at + 16));
    this.lists.push({
      start,
      end: this.off(node, 'end'),
      ordered: Boolean(node.ordered),
      marker: marker ? marker[1] : '-',
      indent: at - lineStart,
    });
  }

  private addSection(depth: number, node: Nodes): void {
    const headingStart = this.off(node, 'start');
    this.sections.push({
      index: this.sections.length,
      title: '',
      depth,
      headingStart,
      headingEnd: this.off(node, 'end'),
      start: headingStart,
      end: this.source.length - this.base,
      parent: -1,
      children: [],
    });
  }

  private addPassage(kind: Passage['kind'], node: Parents, depth: number, listItem: Passage['listItem'], cell?: Passage['cell']): void {
    const segments: Segment[] = [];
    const parts: string[] = [];
    let length = 0;
    const push = (value: string, sourceStart: number, sourceEnd: number) => {
      segments.push(...alignSegments(value, this.source, sourceStart + this.base, sourceEnd + this.base, length, this.base));
      parts.push(value);
      length += value.length;
    };
    // GFM's autolink transform (e.g. a URL inside [brackets]) creates text and link nodes without
    // positions; those are found in the source from where the previous node ended.
    const nodeEnd = this.off(node, 'end');
    let cursor = this.off(node, 'start');
    const rangeOf = (n: Nodes & { value: string }): [number, number] => {
      if (n.position) return [this.off(n, 'start'), this.off(n, 'end')];
      const at = this.source.indexOf(n.value, cursor + this.base) - this.base;
      return at >= cursor && at + n.value.length <= nodeEnd ? [at, at + n.value.length] : [cursor, cursor];
    };
    const visit = (n: Nodes, nesting: number): void => {
      if (nesting > 200) return; // absurd inline nesting: keep what we have
      switch (n.type) {
        case 'text': {
          const [from, to] = rangeOf(n);
          push(n.value, from, to);
          cursor = to;
          return;
        }
        case 'inlineCode':
          push(OBJECT_REPLACEMENT, this.off(n, 'start'), this.off(n, 'end'));
          return;
        case 'break':
          push('\n', this.off(n, 'start'), this.off(n, 'end'));
          return;
        case 'html':
          this.collectComments(n.value, this.off(n, 'start'));
          push(OBJECT_REPLACEMENT, this.off(n, 'start'), this.off(n, 'end'));
          return;
        case 'image':
        case 'imageReference':
        case 'footnoteReference':
          return;
        default:
          if ('children' in n) for (const c of (n as Parents).children) visit(c as Nodes, nesting + 1);
      }
      if (n.position) cursor = this.off(n, 'end');
    };
    for (const c of node.children) visit(c as Nodes, 0);
    const text = parts.join('');
    const section = this.sections.length - 1;
    if (kind === 'heading' && section >= 0) this.sections[section].title = text.trim();
    const start = this.off(node, 'start');
    for (const seg of segments) {
      seg.from -= start;
      seg.to -= start;
    }
    this.passages.push({ kind, text, start, end: this.off(node, 'end'), segments, section, depth, listItem, ...(cell && { cell }) });
  }

  /** `<!-- … -->` comments in an HTML node: an indexOf walk, linear even on a run of unclosed openers. */
  private collectComments(html: string, base: number): void {
    for (let open = html.indexOf('<!--'); open !== -1; ) {
      const close = html.indexOf('-->', open + 4);
      if (close === -1) return;
      this.comments.push({ start: base + open, end: base + close + 3, body: html.slice(open + 4, close).trim() });
      open = html.indexOf('<!--', close + 3);
    }
  }

}

/** Closes the heading tree: parents, children, and where each section ends. */
export function finishSections(sections: Section[], textLength: number): void {
  const open: Section[] = [];
  for (const s of sections) {
    while (open.length > 0 && open[open.length - 1].depth >= s.depth) open.pop()!.end = s.start;
    const parent = open[open.length - 1];
    if (parent) {
      s.parent = parent.index;
      parent.children.push(s.index);
    }
    open.push(s);
  }
  for (const s of open) s.end = textLength;
}

// Markdown → document model, with unified + remark-parse (+ GFM tables). Front matter is cut off first
// (see frontMatter.ts) and the body parsed on its own; every offset is shifted back to the whole text.

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Parents, Root } from 'mdast';
import { extractFrontMatter } from './frontMatter';
import { computeLineStarts, type Comment, type DocumentModel, type ListInfo, type Passage, type Section, type Segment } from './model';

const processor = unified().use(remarkParse).use(remarkGfm);
const OBJECT_REPLACEMENT = '\uFFFC';

export function parse(text: string): DocumentModel {
  const frontMatter = extractFrontMatter(text);
  let bodyStart = frontMatter && !frontMatter.error?.message.includes('never closed') ? frontMatter.end : 0;
  if (bodyStart === 0 && text.charCodeAt(0) === 0xfeff) bodyStart = 1;
  const body = text.slice(bodyStart);
  const tree = processor.parse(body) as Root;
  const builder = new ModelBuilder(text, bodyStart);
  builder.walk(tree);
  return {
    text,
    frontMatter,
    bodyStart,
    sections: builder.finishSections(),
    passages: builder.passages,
    lists: builder.lists,
    comments: builder.comments,
    blocks: tree.children.map((n) => ({ type: n.type, start: builder.off(n, 'start'), end: builder.off(n, 'end') })),
    lineStarts: computeLineStarts(text),
  };
}

interface Frame {
  node: Nodes;
  listItem?: Passage['listItem'];
}

class ModelBuilder {
  passages: Passage[] = [];
  lists: ListInfo[] = [];
  comments: Comment[] = [];
  private sections: Section[] = [];

  constructor(
    private readonly text: string,
    private readonly shift: number,
  ) {}

  off(node: Nodes, edge: 'start' | 'end'): number {
    const p = node.position?.[edge]?.offset;
    return (p ?? 0) + this.shift;
  }

  /** Iterative walk over block structure, so that deeply nested lists cannot overflow the stack. */
  walk(root: Root): void {
    const stack: Frame[] = [];
    for (let i = root.children.length - 1; i >= 0; i--) stack.push({ node: root.children[i] });
    while (stack.length > 0) {
      const { node, listItem } = stack.pop()!;
      switch (node.type) {
        case 'heading':
          this.addSection(node.depth, node);
          this.addPassage('heading', node, node.depth, undefined);
          continue;
        case 'paragraph':
          this.addPassage('paragraph', node, 0, listItem);
          continue;
        case 'table':
          for (const row of node.children) for (const cell of row.children) this.addPassage('tableCell', cell, 0, undefined);
          continue;
        case 'html':
          this.collectComments(node.value, this.off(node, 'start'));
          continue;
        case 'code':
        case 'yaml':
        case 'definition':
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
        if (node.type === 'listItem') item = { start: this.off(node, 'start'), end: this.off(node, 'end'), list: this.lists.length - 1 };
        for (let i = parent.children.length - 1; i >= 0; i--) {
          // Only the first paragraph of an item is "the item's text"; later ones are continuations.
          const child = parent.children[i] as Nodes;
          stack.push({ node: child, listItem: node.type === 'listItem' && i === 0 ? item : undefined });
        }
      }
    }
  }

  private addList(node: Extract<Nodes, { type: 'list' }>): void {
    const start = this.off(node, 'start');
    const lineStart = this.text.lastIndexOf('\n', start - 1) + 1;
    const marker = /^\s*(?:>\s*)*([-*+]|\d{1,9}[.)])/.exec(this.text.slice(start, start + 16));
    this.lists.push({
      start,
      end: this.off(node, 'end'),
      ordered: Boolean(node.ordered),
      marker: marker ? marker[1] : '-',
      indent: start - lineStart,
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
      end: this.text.length,
      parent: -1,
      children: [],
    });
  }

  private addPassage(kind: Passage['kind'], node: Parents, depth: number, listItem: Passage['listItem']): void {
    const segments: Segment[] = [];
    const parts: string[] = [];
    let length = 0;
    const push = (value: string, sourceStart: number, sourceEnd: number) => {
      const exact = this.text.slice(sourceStart, sourceEnd) === value;
      segments.push({ textStart: length, sourceStart, sourceEnd, exact });
      parts.push(value);
      length += value.length;
    };
    const visit = (n: Nodes, nesting: number): void => {
      if (nesting > 200) return; // absurd inline nesting: keep what we have
      switch (n.type) {
        case 'text':
          push(n.value, this.off(n, 'start'), this.off(n, 'end'));
          return;
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
    };
    for (const c of node.children) visit(c as Nodes, 0);
    const text = parts.join('');
    const section = kind === 'heading' ? this.sections.length - 1 : this.sections.length - 1;
    if (kind === 'heading' && section >= 0) this.sections[section].title = text.trim();
    this.passages.push({ kind, text, start: this.off(node, 'start'), end: this.off(node, 'end'), segments, section, depth, listItem });
  }

  private collectComments(html: string, base: number): void {
    const re = /<!--([\s\S]*?)-->/g;
    for (let m = re.exec(html); m; m = re.exec(html)) {
      this.comments.push({ start: base + m.index, end: base + m.index + m[0].length, body: m[1].trim() });
    }
  }

  /** Close the heading tree: parents, children, and where each section ends. */
  finishSections(): Section[] {
    const open: Section[] = [];
    for (const s of this.sections) {
      while (open.length > 0 && open[open.length - 1].depth >= s.depth) open.pop()!.end = s.start;
      const parent = open[open.length - 1];
      if (parent) {
        s.parent = parent.index;
        parent.children.push(s.index);
      }
      open.push(s);
    }
    for (const s of open) s.end = this.text.length;
    return this.sections;
  }
}

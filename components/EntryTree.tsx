/**
 * The catalogue as nested lists: family › programme › sub-type. Plain lists of links (or
 * buttons in the popup) rather than an ARIA tree: every entry is one Tab stop away and screen
 * readers announce the nesting by themselves.
 */
import type { Catalogue } from '../core/catalogue';
import type { Entry } from '../core/schema';
import { pick, type Lang } from '../core/i18n';

export interface EntryTreeProps {
  catalogue: Catalogue;
  lang: Lang;
  /** How many levels to show; the popup shows families and their members only. */
  depth?: number;
  selectedId?: string;
  hrefFor?: (id: string) => string;
  onSelect?: (entry: Entry) => void;
  label: { zh: string; en: string };
}

export function EntryTree(props: EntryTreeProps) {
  return (
    <nav class="gl-tree" aria-label={pick(props.label, props.lang)}>
      <Branch {...props} entries={props.catalogue.roots()} level={1} />
    </nav>
  );
}

function Branch(props: EntryTreeProps & { entries: readonly Entry[]; level: number }) {
  const { catalogue, lang, level, depth = Infinity } = props;
  return (
    <ul class={`gl-tree-level gl-tree-level-${level}`}>
      {props.entries.map((entry) => {
        const children = level < depth ? catalogue.children(entry.id) : [];
        return (
          <li key={entry.id}>
            <Node {...props} entry={entry} />
            {children.length > 0 && <Branch {...props} entries={children} level={level + 1} />}
          </li>
        );
      })}
    </ul>
  );
}

function Node(props: EntryTreeProps & { entry: Entry }) {
  const { entry, lang } = props;
  const selected = entry.id === props.selectedId;
  const content = (
    <>
      <span class="gl-tree-zh" lang="zh-CN">
        {entry.name.zh}
      </span>
      <span class="gl-tree-en" lang="en">
        {entry.name.en[0].text}
      </span>
    </>
  );
  if (props.hrefFor) {
    return (
      <a
        class={`gl-tree-node${selected ? ' gl-tree-selected' : ''}`}
        href={props.hrefFor(entry.id)}
        aria-current={selected ? 'page' : undefined}
        data-entry-id={entry.id}
      >
        {content}
      </a>
    );
  }
  const select = props.onSelect;
  return (
    <button type="button" class="gl-tree-node" data-entry-id={entry.id} onClick={() => select?.(entry)}>
      {content}
    </button>
  );
}

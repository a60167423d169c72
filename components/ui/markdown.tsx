import { Fragment, type ReactNode } from "react";
import { type Block, type Inline, parseMarkdown } from "@/lib/markdown/parse";

function inline(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.type) {
      case "text":
        return <Fragment key={index}>{node.text}</Fragment>;
      case "em":
        return <em key={index}>{inline(node.children)}</em>;
      case "strong":
        return <strong key={index}>{inline(node.children)}</strong>;
      case "code":
        return (
          <code key={index} className="rounded bg-stone-100 px-1 text-[0.9em]">
            {node.text}
          </code>
        );
      case "link":
        return (
          <a
            key={index}
            href={node.href}
            rel="noopener noreferrer nofollow"
            target="_blank"
            className="text-accent underline"
          >
            {inline(node.children)}
          </a>
        );
    }
    return <br key={index} />;
  });
}

function block(node: Block, index: number): ReactNode {
  switch (node.type) {
    case "paragraph":
      return <p key={index}>{inline(node.children)}</p>;
    case "heading":
      return node.level === 3 ? (
        <h3 key={index} className="font-semibold">
          {inline(node.children)}
        </h3>
      ) : (
        <h4 key={index} className="font-medium">
          {inline(node.children)}
        </h4>
      );
    case "quote":
      return (
        <blockquote key={index} className="border-l-2 border-stone-300 pl-3 text-stone-600">
          {node.children.map(block)}
        </blockquote>
      );
    case "list": {
      const items = node.items.map((item, itemIndex) => <li key={itemIndex}>{inline(item)}</li>);
      return node.ordered ? (
        <ol key={index} className="list-decimal pl-5">
          {items}
        </ol>
      ) : (
        <ul key={index} className="list-disc pl-5">
          {items}
        </ul>
      );
    }
  }
  return (
    <pre key={index} className="overflow-x-auto rounded bg-stone-100 p-2 text-sm">
      <code>{node.text}</code>
    </pre>
  );
}

/** Markdown rendered safely: parsed to data, then to React elements (no HTML is ever injected). */
export function Markdown({ source }: { source: string }) {
  return <div className="space-y-2 text-sm leading-relaxed">{parseMarkdown(source).map(block)}</div>;
}

// What a screen reader gets from the page, through Chromium's accessibility tree (DevTools protocol): it reaches
// into closed shadow roots, where the extension's in-page panels live.
import type { Page } from 'playwright-core';

interface AXNode {
  nodeId: string;
  role?: { value?: string };
  name?: { value?: string };
  childIds?: string[];
}

/** Text of every element with `role` (alert, status, ...), joined. Empty when there is none. */
export async function roleText(page: Page, role: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const texts: string[] = [];
    const walk = (node: AXNode) => {
      if (node.role?.value === 'StaticText' && node.name?.value) texts.push(node.name.value);
      for (const id of node.childIds ?? []) {
        const child = byId.get(id);
        if (child) walk(child);
      }
    };
    for (const node of nodes) if (node.role?.value === role) walk(node);
    return texts.join(' ');
  } finally {
    await cdp.detach();
  }
}

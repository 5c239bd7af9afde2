// The accessibility audit the component tests share: axe-core over the whole document,
// colour contrast left out (jsdom computes no styles), each violation as one line naming
// the rule and the elements.
import axe from 'axe-core';

export async function violations(): Promise<string[]> {
  const result = await axe.run(document.documentElement, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

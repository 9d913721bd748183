import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function ruleIdsFor(relativeFile: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, relativeFile) });
  return (result?.messages ?? []).map((message) => message.ruleId);
}

describe('eslint layer rules', () => {
  it('layers/one-direction forbids src/data from importing src/views', async () => {
    const ids = await ruleIdsFor('src/data/layerProbe.ts', "export { x } from '../views/x';\n");
    expect(ids).toContain('layers/one-direction');
  });

  it('layers/one-direction forbids src/charts from importing the store in src/state', async () => {
    const ids = await ruleIdsFor(
      'src/charts/probe/LayerProbe.ts',
      "import { useStore } from '../../state/useStore';\nexport const probe = useStore;\n",
    );
    expect(ids).toContain('layers/one-direction');
  });

  it('layers/one-direction lets src/views import from src/model', async () => {
    const ids = await ruleIdsFor(
      'src/views/LayerProbe.ts',
      "import type { Dataset } from '../model/types';\nexport type Probe = Dataset;\n",
    );
    expect(ids).not.toContain('layers/one-direction');
  });

  it('layers/one-direction also catches re-exports and dynamic imports of a higher layer', async () => {
    expect(await ruleIdsFor('src/model/LayerProbe.ts', "export * from '../state/store';\n")).toContain(
      'layers/one-direction',
    );
    expect(
      await ruleIdsFor('src/state/LayerProbe.ts', "export const load = () => import('../views/x');\n"),
    ).toContain('layers/one-direction');
  });

  it('layers/one-direction leaves files outside src/ and package imports alone', async () => {
    expect(await ruleIdsFor('tests/LayerProbe.ts', "export * from '../src/app/x';\n")).not.toContain(
      'layers/one-direction',
    );
    expect(
      await ruleIdsFor('src/data/LayerProbe.ts', "import { max } from 'd3-array';\nexport const m = max;\n"),
    ).not.toContain('layers/one-direction');
  });

  it("no-restricted-imports forbids the 'd3' bundle but allows d3-* modules", async () => {
    expect(
      await ruleIdsFor('src/charts/Probe.ts', "import { select } from 'd3';\nexport const s = select;\n"),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIdsFor(
        'src/charts/Probe.ts',
        "import { scaleLinear } from 'd3-scale';\nexport const s = scaleLinear;\n",
      ),
    ).not.toContain('no-restricted-imports');
  });
});

/** A rendered book with settings laid over its config, as the command line's flags would be (src/config/resolve.ts). */
import type { ConfigOverrides } from '../../src/config/flags.js';
import { resolveConfig } from '../../src/config/resolve.js';
import type { RenderedBook } from '../../src/render/types.js';

export function withConfig(rendered: RenderedBook, overrides: ConfigOverrides): RenderedBook {
  return { ...rendered, config: resolveConfig(rendered.config, overrides) };
}

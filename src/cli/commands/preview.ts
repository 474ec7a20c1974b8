import { FolioError } from '../../errors.js';
import type { Command } from '../command.js';

export const previewCommand: Command = {
  name: 'preview',
  summary: 'Serve the paginated book on 127.0.0.1 and reload it in the browser on every save.',
  usage: 'folio preview [INPUT] [--port N]',
  options: { port: { type: 'string', short: 'p', default: '4173' } },
  async run({ input, values, cwd, logger, cacheDir }) {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new FolioError(`Unexpected --port \`${String(values.port)}\`, expected a port number`);
    }
    const { startPreview } = await import('../../preview/server.js');
    const server = await startPreview({ input, cwd, logger, port, cacheDir });
    logger.info(`preview at ${server.url} (Ctrl-C to stop)`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.close();
    return 0;
  },
};

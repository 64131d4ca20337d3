import { readConfig, startServer } from '@tandem/server';

const server = await startServer(readConfig());
console.log(`Tandem is running at ${server.url}`);

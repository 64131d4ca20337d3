#!/usr/bin/env node
// The `tandem` command. Tandem is TypeScript throughout; tsx compiles it as it loads.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');

import { runReferenceClient } from '../main.js';
await runReferenceClient();

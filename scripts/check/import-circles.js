// Fails when modules of the elements (src/) or the command (cli/src/) import
// one another in a circle (`npm run check:circles`, one of the Node checks).
// scripts/lib/import-circles.js says how imports are read.
import { importCircles } from '../lib/import-circles.js';

const folders = process.argv.slice(2).length ? process.argv.slice(2) : ['src', 'cli/src'];
const found = importCircles(folders);
for (const circle of found) console.error(`import circle: ${[...circle, circle[0]].join(' → ')}`);
console.log(`${folders.join(', ')}: ${found.length ? `${found.length} import circle(s)` : 'no import circles'}`);
process.exit(found.length ? 1 : 0);

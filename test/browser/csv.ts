export { parseCsv } from '../../src/core/io/parse-csv.ts';

// Runs one SQL statement with DuckDB and prints the result rows as a JSON array on stdout.
// Usage: node duckdb.mjs "select * from read_parquet('x.parquet')"
// Tests use DuckDB as an independent Parquet implementation; keep this script general so any suite can
// check files end to end. Errors go to stderr with a non-zero exit code.
// The client prints TIMESTAMP WITH TIME ZONE values in the process's time zone: make that UTC on every
// machine, so results do not depend on where tests run. (Set before the import, which reads it.)
process.env.TZ = 'UTC';
const { DuckDBInstance } = await import('@duckdb/node-api');

const sql = process.argv[2];
if (!sql) {
  console.error('usage: node duckdb.mjs "<sql statement>"');
  process.exit(2);
}

try {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const reader = await connection.runAndReadAll(sql);
  process.stdout.write(JSON.stringify(reader.getRowObjectsJson()));
  process.stdout.write('\n');
  connection.closeSync();
} catch (error) {
  console.error(`duckdb: ${error.message}`);
  process.exit(1);
}

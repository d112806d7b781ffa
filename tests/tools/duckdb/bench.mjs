// DuckDB's side of `medspark bench parquet`: builds the same mixed table in memory, times COPY ... TO parquet
// (snappy) and full-scan reads of its own file and of MedSpark's, and prints one JSON object.
// Usage: node bench.mjs <rows> <duckdb-output.parquet> <medspark-file.parquet> [threads]
import { DuckDBInstance } from '@duckdb/node-api';

const [rows, duckFile, ourFile, threads] = process.argv.slice(2);
const quote = (s) => "'" + s.replaceAll("'", "''") + "'";
const instance = await DuckDBInstance.create(':memory:', threads ? { threads: String(threads) } : undefined);
const connection = await instance.connect();
const cpu = {};
// Wall seconds of one statement; its CPU seconds (user + system, all threads of the process) go to cpu[name].
const time = async (sql, name) => {
  const start = performance.now(), startCpu = process.cpuUsage();
  await connection.runAndReadAll(sql);
  const used = process.cpuUsage(startCpu);
  if (name) cpu[name] = (used.user + used.system) / 1e6;
  return (performance.now() - start) / 1000;
};
// Same formulas as BenchCommands.Generate (value differs in its pseudo-random source only).
const generate = await time(`create table t as select
  i::bigint as id,
  (hash(i) % 1000000)::double / 1000 as value,
  'category_' || (i % 1000)::varchar as category,
  date '2000-01-01' + (i % 10000)::integer as day,
  make_timestamp(1577836800000000 + i * 1000) as ts,
  case when i % 10 = 0 then null else i * 3 end::bigint as maybe
  from range(0, ${Number(rows)}) r(i)`);
const write = await time(`copy t to ${quote(duckFile)} (format parquet, compression snappy)`, 'write');
const scan = (file) => `select count(*), sum(id), sum(value), sum(length(category)), max(day), max(ts), count(maybe) from read_parquet(${quote(file)})`;
const readOwn = await time(scan(duckFile), 'readOwn');
const readOurs = await time(scan(ourFile), 'readOurs');
connection.closeSync();
process.stdout.write(JSON.stringify({ threads: threads ?? 'default', generate, write, readOwn, readOurs, cpu, maxRssKb: process.resourceUsage().maxRSS }) + '\n');

// Measures Microsoft Recognizers-Text (number and date-time models,
// English) on the benchmark corpus, one passage at a time, and prints
// MB/s of CPU time in the format of extractbench. The models are slow, so each reads
// a prefix of the corpus of at most LIMIT bytes (the rate does not depend
// on the length of the text).
//
//   node recognizers.js CORPUS NUMBER_LIMIT DATE_LIMIT
const fs = require('fs');
const { recognizeNumber, Culture } = require('@microsoft/recognizers-text-number');
const { recognizeDateTime } = require('@microsoft/recognizers-text-date-time');

const [corpus, numLimit, dateLimit] = process.argv.slice(2);
const docs = fs.readFileSync(corpus, 'utf8').split('\n\f\n');

function measure(name, limit, fn) {
  let bytes = 0, results = 0, n = 0;
  fn(docs[0]); // warm up: the models compile their patterns on first use
  // CPU time, as extractbench measures: other programs do not count.
  const start = process.cpuUsage();
  for (const d of docs) {
    if (bytes >= limit) break;
    results += fn(d).length;
    bytes += Buffer.byteLength(d, 'utf8');
    n++;
  }
  const used = process.cpuUsage(start);
  const secs = (used.user + used.system) / 1e6;
  console.log(`${name} ${(bytes / 1e6 / secs).toFixed(3)} MB/s (${bytes} bytes, ${n} documents, ${results} results, ${secs.toFixed(1)}s)`);
}

measure('recognizers-number', Number(numLimit), (t) => recognizeNumber(t, Culture.English));
measure('recognizers-datetime', Number(dateLimit), (t) => recognizeDateTime(t, Culture.English));

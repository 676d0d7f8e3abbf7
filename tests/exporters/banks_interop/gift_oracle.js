// Parse GIFT from stdin with the npm package gift-pegjs and print its JSON (test oracle).
const path = require("path");
const pkg = require(path.join(process.argv[2], "node_modules", "gift-pegjs"));
const parse = pkg.parse || pkg;
let text = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { text += chunk; });
process.stdin.on("end", () => { process.stdout.write(JSON.stringify(parse(text))); });

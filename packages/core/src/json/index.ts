export { parseJson, type JsonParseResult, type JsonPosition, type JsonSyntaxError } from './parse.js';
export { formatPointer, parsePointer } from './pointer.js';

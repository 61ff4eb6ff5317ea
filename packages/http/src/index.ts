export { HttpProblem, HTTP_ERROR_CODES, type HttpErrorCode, type ProblemOptions } from './problem.js';
export { createHttpServer, toProblem, REQUEST_ID_HEADER, type HttpServerOptions } from './server.js';
export { decodeBody, mediaType } from './body.js';
export { startOpsServer, type OpsServerOptions } from './ops-server.js';

import { HttpException } from '@nestjs/common';
import { ProblemDetails } from './problem-details';

/** Carries a ready problem document, for example one a service answered that the gateway passes on. */
export class ProblemException extends HttpException {
  constructor(readonly problem: ProblemDetails) {
    super(problem, problem.status);
  }
}

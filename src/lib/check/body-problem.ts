/** One problem the body rules found, before it is given its file and field. */
export interface BodyProblem {
  message: string;
  /** 1-based line in the file. */
  line?: number;
}

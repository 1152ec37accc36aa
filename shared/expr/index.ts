export {
  compileExpression,
  expressionSyntaxError,
  type CompiledExpression,
  type CompileResult,
  type ExpressionError,
  type Variables,
} from './compile';

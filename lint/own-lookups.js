// A dictionary read by a plain string also finds what every object inherits ("constructor",
// "__proto__"), so an id from outside could pass for a level, a member or a word. Reads of a
// string-indexed record by a key typed only as `string` go through byId/hasId (src/engine/own.ts).
import { ESLintUtils } from '@typescript-eslint/utils';
import ts from 'typescript';

/** Whether the expression's value is read: all but a plain write and a delete (`??=` and `++` read first). */
function isRead(node) {
  const parent = node.parent;
  if (parent.type === 'AssignmentExpression' && parent.left === node) return parent.operator !== '=';
  return !(parent.type === 'UnaryExpression' && parent.operator === 'delete');
}

/** Whether a key of this type can be any string, not one of a known set. */
function isOpenString(type) {
  if (type.isUnion()) return type.types.some(isOpenString);
  return (type.flags & (ts.TypeFlags.String | ts.TypeFlags.TemplateLiteral | ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0;
}

/** Whether the object is a record with a string index (and so answers any name). */
function hasStringIndex(checker, type) {
  if (type.isUnion()) return type.types.some((t) => hasStringIndex(checker, t));
  if (checker.isArrayType(type) || checker.isTupleType(type)) return false;
  return checker.getIndexInfoOfType(type, ts.IndexKind.String) !== undefined;
}

export const noBareDictionaryRead = ESLintUtils.RuleCreator.withoutDocs({
  meta: {
    type: 'problem',
    messages: {
      bare: 'Look this id up with byId/hasId (src/engine/own.ts): indexing a record by a plain string also finds inherited names such as "constructor".',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const services = ESLintUtils.getParserServices(context);
    const checker = services.program.getTypeChecker();
    return {
      MemberExpression(node) {
        if (!node.computed || node.property.type === 'Literal') return;
        if (!isRead(node)) return;
        const keyType = services.getTypeAtLocation(node.property);
        if (!isOpenString(keyType)) return;
        const objectType = checker.getApparentType(services.getTypeAtLocation(node.object));
        if (!hasStringIndex(checker, objectType)) return;
        context.report({ node, messageId: 'bare' });
      },
    };
  },
});

export default { rules: { 'no-bare-dictionary-read': noBareDictionaryRead } };

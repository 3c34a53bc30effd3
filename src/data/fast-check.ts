import type * as v from 'valibot';

/** A yes/no check of a value against a schema: no issues, no paths, no allocation. */
export type FastCheck = (value: unknown) => boolean;

/** A valibot schema as the fast check (and validate-shape.ts) read it. */
export type SchemaNode = v.GenericSchema & {
  pipe?: readonly (v.GenericSchema | Action)[];
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  wrapped?: SchemaNode;
  options?: readonly unknown[];
};

interface Action {
  kind: 'validation' | 'transformation' | 'metadata' | 'schema';
  type: string;
  requirement?: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function compileAction(action: Action): FastCheck {
  const { type, requirement } = action;
  switch (type) {
    case 'regex': {
      const pattern = requirement as RegExp;
      return (value) => {
        pattern.lastIndex = 0;
        return pattern.test(value as string);
      };
    }
    case 'check':
      return requirement as FastCheck;
    case 'finite':
      return (value) => Number.isFinite(value);
    case 'min_value':
      return (value) => (value as number) >= (requirement as number);
    case 'min_length':
      return (value) => (value as { length: number }).length >= (requirement as number);
    default:
      throw new Error(`fast-check: no fast check for the "${type}" action`);
  }
}

function compileType(node: SchemaNode): FastCheck {
  switch (node.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && !Number.isNaN(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'unknown':
      return () => true;
    case 'picklist': {
      const options = new Set(node.options);
      return (value) => options.has(value);
    }
    case 'optional': {
      const inner = compile(node.wrapped as SchemaNode);
      return (value) => value === undefined || inner(value);
    }
    case 'array': {
      const item = compile(node.item as SchemaNode);
      return (value) => {
        if (!Array.isArray(value)) return false;
        // A plain loop: holes count as undefined, as valibot sees them.
        for (let at = 0; at < value.length; at++) if (!item(value[at])) return false;
        return true;
      };
    }
    case 'strict_object': {
      const entries = Object.entries(node.entries ?? {}).map(
        ([key, schema]) => [key, compile(schema)] as const,
      );
      const known = new Set(entries.map(([key]) => key));
      return (value) => {
        if (!isObject(value)) return false;
        for (const key in value) if (!known.has(key)) return false;
        for (const [key, check] of entries) if (!check(value[key])) return false;
        return true;
      };
    }
    default:
      throw new Error(`fast-check: no fast check for the "${node.type}" schema`);
  }
}

function compile(node: SchemaNode): FastCheck {
  if (!node.pipe) return compileType(node);
  // v.pipe(schema, ...actions): the first step is the schema (itself perhaps piped).
  const steps = node.pipe.flatMap((step): FastCheck[] => {
    const { kind } = step as Action;
    if (kind === 'schema') return [compile(step as SchemaNode)];
    if (kind === 'validation') return [compileAction(step)];
    if (kind === 'metadata') return [];
    throw new Error(`fast-check: no fast check for a "${kind}" step`);
  });
  return (value) => {
    for (const step of steps) if (!step(value)) return false;
    return true;
  };
}

/**
 * Compiles a valibot schema into a plain predicate that accepts exactly what the schema
 * accepts, several times faster: valid items (nearly all of them) are checked with this,
 * and only the ones it rejects are parsed again by valibot for messages. Built from the
 * same schema, so the rules live in one place; a schema feature it does not know is an
 * error at start-up, not a check silently skipped.
 */
export const compileFastCheck = (schema: v.GenericSchema): FastCheck => compile(schema);

import Type from 'typebox';

/** A schema that also accepts null: `Nullable(Type.String())` for a text column that may be empty. */
export const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

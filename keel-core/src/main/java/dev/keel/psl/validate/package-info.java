/**
 * Prisma 7.10's schema validation for PostgreSQL, message for message.
 *
 * <p>{@link dev.keel.psl.validate.Validator} runs Prisma's pipeline over the parsed files:
 * <ol>
 * <li>{@code NamesPass} (parser-database names.rs): identifiers, reserved names, duplicates;</li>
 * <li>{@code FieldsPass} (types.rs): each field's type becomes a scalar, enum, relation or composite type;</li>
 * <li>{@code AttributesPass} (attributes.rs, with {@code AttributeVisitor} = Prisma's attribute state machine,
 * {@code Defaults}): every attribute and argument, "No such argument." / "Attribute not known";</li>
 * <li>{@code RelationsPass} (relations.rs): relation fields paired into relations, Prisma's relation names;</li>
 * <li>{@code ConfigRules}, {@code PreviewFeatures}: datasource and generator blocks;</li>
 * <li>only if nothing failed so far (as in Prisma): {@code Validations} = {@code DatasourceRules},
 * {@code ModelRules}, {@code FieldRules}, {@code NativeTypes}, {@code DefaultLiteralRules}, {@code IndexRules}
 * (with {@code OperatorClasses}), {@code ViewRules}, {@code MultiSchemaRules}, {@code RelationRules}.</li>
 * </ol>
 * Every message is built in {@code PslErrors} or next to the rule with Prisma's exact wording (including its
 * quirks, e.g. {@code "@index"} for block attributes, {@code UuidMinMaxMultiOps} printed as {@code BitMinMaxOps}).
 * {@code SchemaDb} is the working state (the resolution layer); {@code SchemaModelBuilder} turns it into the public,
 * immutable {@link dev.keel.psl.model.PslSchema}.
 *
 * <p>Deliberate differences from Prisma 7.10: {@code url}, {@code directUrl} and {@code shadowDatabaseUrl} in the
 * datasource are accepted silently (Prisma 5/6 schemas) and exposed on {@link dev.keel.psl.model.Datasource};
 * {@code url} is not required; an unknown preview feature is a warning, not an error; {@code metrics} keeps the
 * deprecation warning of Prisma's own fixtures. Object-literal {@code where: { ... }} of partial indexes is not
 * parsed yet ({@code where: raw("...")} is).
 *
 * <p>The validator never throws on user input; a bug in a rule surfaces as one {@code E_INTERNAL} diagnostic.
 */
package dev.keel.psl.validate;

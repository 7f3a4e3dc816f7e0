import { Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { Form } from './form.entity.js';

export enum FormFieldType {
  TEXT = 'TEXT',
  DATE = 'DATE',
  LIST = 'LIST',
  TEXTAREA = 'TEXTAREA',
  NUMBER = 'NUMBER',
}
registerEnumType(FormFieldType, { name: 'FormFieldType' });

@ObjectType()
@Entity({ tableName: 'form_fields' })
@Unique({ properties: ['form', 'name'] })
export class FormField extends BaseEntity {
  @ManyToOne({ entity: () => Form, deleteRule: 'cascade' })
  form!: Rel<Form>;

  @Field(() => String, { description: 'Key of the answer, unique within the form.' })
  @Property({ type: 'string', length: 64 })
  name!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  label!: string;

  @Field(() => FormFieldType)
  @Enum({ items: () => FormFieldType, nativeEnumName: 'form_field_type' })
  type!: FormFieldType;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  required: boolean = false;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  position: number = 0;

  @Field(() => [String], { description: 'Choices of a LIST field.' })
  @Property({ type: 'text[]', default: '{}' })
  options: string[] = [];
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, type CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type * as iam from 'aws-cdk-lib/aws-iam';
import type { IConstruct } from 'constructs';
import { SyncStack, type SyncStackProps } from '../../lib/SyncStack';

/** A synthesized stack and its template, with lookups tests share. */
export interface SyncTemplate {
  stack: SyncStack;
  template: Template;
  /** Logical id of the construct's CloudFormation resource. */
  idOf(construct: IConstruct): string;
  /** Every statement of the policies attached to `role`. */
  statementsOf(role: iam.IRole): PolicyStatement[];
}

/** A statement as it appears in the template. */
export interface PolicyStatement {
  Action: string | string[];
  Resource: unknown;
  Effect: string;
}

/**
 * Builds the stack the way `bin/app.ts` does, without bundling the Lambda
 * code (the template is the same, and the test needs no esbuild run).
 */
export function synthSyncStack(
  context: Record<string, unknown> = {},
  props: SyncStackProps = {},
): SyncTemplate {
  const outdir = mkdtempSync(join(tmpdir(), 'sync-stack-'));
  const app = new App({
    context: { 'aws:cdk:bundling-stacks': [], ...context },
    outdir,
  });
  const stack = new SyncStack(app, 'Test', props);
  const template = Template.fromStack(stack);
  // The template is read into memory; the assembly on disk is not needed.
  rmSync(outdir, { recursive: true, force: true });
  const idOf = (construct: IConstruct) =>
    stack.getLogicalId(construct.node.defaultChild as CfnElement);
  const statementsOf = (role: iam.IRole) => {
    const policies = template.findResources('AWS::IAM::Policy', {
      Properties: { Roles: [{ Ref: idOf(role) }] },
    });
    return Object.values(policies).flatMap(
      (policy) => policy.Properties.PolicyDocument.Statement,
    ) as PolicyStatement[];
  };
  return { stack, template, idOf, statementsOf };
}

/** The actions of a statement, always as a list. */
export function actionsOf(statement: PolicyStatement): string[] {
  return ([] as string[]).concat(statement.Action);
}

/** The statements that allow `action`, on whatever resource. */
export function allowing(
  statements: PolicyStatement[],
  action: string,
): PolicyStatement[] {
  return statements.filter(
    (s) => s.Effect === 'Allow' && actionsOf(s).includes(action),
  );
}

/**
 * A resource reference as readable text: `{Ref: X}` becomes `<X>`,
 * `{'Fn::GetAtt': [X, 'Arn']}` becomes `<X.Arn>`, joins are joined.
 */
export function resourceText(resource: unknown): string {
  if (typeof resource === 'string') return resource;
  const node = resource as Record<string, unknown>;
  if ('Ref' in node) return `<${node.Ref}>`;
  if ('Fn::GetAtt' in node) {
    return `<${(node['Fn::GetAtt'] as string[]).join('.')}>`;
  }
  if ('Fn::Join' in node) {
    const [separator, parts] = node['Fn::Join'] as [string, unknown[]];
    return parts.map(resourceText).join(separator);
  }
  throw new Error(`unexpected resource ${JSON.stringify(resource)}`);
}

/** Every resource of a statement, as text. */
export function resourcesOf(statement: PolicyStatement): string[] {
  return ([] as unknown[]).concat(statement.Resource).map(resourceText);
}

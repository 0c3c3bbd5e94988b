import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { SyncStack } from '../lib/SyncStack';

const app = new App();
new SyncStack(app, 'SgaSoftruckSync', {
  description: 'Daily sync of Hinova SGA associates and vehicles to Softruck',
});
// Any unacknowledged finding stops the synth, so it never reaches a deploy.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

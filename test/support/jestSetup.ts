// Lambda runs Node.js 22; the SDK's notice that its 2027 releases need 22
// is known and would only bury the test output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

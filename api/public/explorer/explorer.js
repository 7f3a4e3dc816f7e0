/* global window, document, GraphiQL, React, ReactDOM -- a browser script; the last three are the UMD globals explorer.html loads first */
// Starts GraphiQL against this api: queries and mutations over HTTP, subscriptions over
// graphql-ws on the same path (the password is the demo's). The headers editor's Authorization travels in both.
(function startExplorer() {
  var httpUrl = window.location.origin + '/graphql';
  var wsUrl = httpUrl.replace(/^http/, 'ws');
  var fetcher = GraphiQL.createFetcher({ url: httpUrl, subscriptionUrl: wsUrl });
  var firstQuery = [
    '# Log in, copy the token into the headers below as',
    '#   {"authorization": "Bearer <token>"}',
    '# then explore: every query, mutation and subscription is in the docs.',
    'mutation LogIn {',
    '  login(username: "admin", password: "Switchboard-Demo-2026") {',
    '    token',
    '  }',
    '}',
    '',
  ].join('\n');
  var root = ReactDOM.createRoot(document.getElementById('explorer'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: firstQuery,
      defaultHeaders: '{"authorization": "Bearer "}',
      headerEditorEnabled: true,
      shouldPersistHeaders: false,
    }),
  );
})();

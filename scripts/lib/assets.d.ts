// Stylesheets imported for their side effect (Storybook's preview).
declare module '*.css';

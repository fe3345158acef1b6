/**
 * Stand-in for office-addin-manifest under jest (mapped in jest.config.js). The real package pulls
 * an ESM-only dependency that jest cannot load; office-addin-mock only needs the OfficeApp enum.
 */
const OfficeApp = {
  Excel: 'excel',
  OneNote: 'onenote',
  Outlook: 'outlook',
  PowerPoint: 'powerpoint',
  Project: 'project',
  Word: 'word',
};

module.exports = { OfficeApp };

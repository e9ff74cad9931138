// pdfmake 0.3 ships no types; the PDF writer imports four of its modules by path and types what it uses.
declare module 'pdfmake/js/*';

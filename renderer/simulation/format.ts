/** The report's number formats live in shared/io/report, where the HTML report and the command line use them too. */
export * from '../../shared/io/report/format';

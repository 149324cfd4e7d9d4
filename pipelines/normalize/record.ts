// Record-level repairs, after every cell is normalized, in the order they run: coordinates (coordinate-repairs.ts),
// the address and place (address-repairs.ts), empty codes and names (code-repairs.ts), a row's start and end
// (pair-repairs.ts), an end time that is the end of extended care (extended-care.ts), values the row or file explains
// (value-repairs.ts), values another column makes the standard's (refined-values.ts), a basic fee from a lone 料金 (fee-from-details.ts), cells kept as written (kept-cells.ts), readings that are none (reading-check.ts), and required words that say there is none (none-required.ts).
// They work on the shared column vocabulary (schemas/blocks.ts keys and column kinds), never on a dataset id.
import type { Dataset } from "../../schemas/dataset.ts";
import type { Issue } from "../issues.ts";
import { alignPlaceWithAddress, fillPlace, locateFromAddress, repairAddress, repairCityDistrict } from "./address-repairs.ts";
import { emptyPartsNamingNoPlace } from "./address-parts.ts";
import { fillCodes, fillDesignatingCode, fillLocalGovernmentName, fillSurveyDate, fillWholeArea } from "./code-repairs.ts";
import { checkCodes } from "./coded-values.ts";
import { checkArea, repairCoordinates } from "./coordinate-repairs.ts";
import { dropInapplicable, keepClosingInStart, keepSplitDay, keepTimeBesideOwn, keepUnread, keepUnreadRangeEnd, moveUncountedToUnits, moveUnits } from "./kept-cells.ts";
import { endOfOneDay } from "./one-day-end.ts";
import { warnDatelessRow } from "./dateless-row.ts";
import { daysFromTimeCell } from "./days-from-time-cell.ts";
import { daysAsStandard } from "./days-column.ts";
import { feeFromDetails } from "./fee-from-details.ts";
import { phoneFromContactName } from "./contact-phone.ts";
import { checkOrganization } from "./operator.ts";
import { moveExtension } from "./phone-extension.ts";
import { carryAfternoon, checkDatasetDateOrder, checkDateOrder, endNextDay, endYearFromStart, repairAllDay, timeFromDateCell } from "./pair-repairs.ts";
import { checkReadings } from "./reading-check.ts";
import { checkKindByLaw, fillByLaw, refineByCount, qualifyByColumn } from "./refined-values.ts";
import { type RecordContext, type RecordPlan, type Row, RowRepair } from "./row-repair.ts";
import { applyLegends, checkSums, fillSameAs } from "./value-repairs.ts";
import { fillCountPartColumns } from "./count-part-columns.ts";
import { moveSharedSeats } from "./shared-seats.ts";
import { joinClassFromKind } from "./class-from-kind.ts";
import { followPhoneForm } from "./restored-phone.ts";
import { dropNameMarks } from "./name-marks.ts";
import { readingOutOfName } from "./reading-in-name.ts";
import { addressInHeaderPlace } from "./placed-address.ts";
import { readPartialDates } from "./date-years.ts";
import { readDateOrderByAsOf } from "./year-last-order.ts";
import { readSerialsOf1904 } from "./date-system.ts";
import { readYearLessRanges } from "./year-less-ranges.ts";
import { splitOrderedRanges } from "./ordered-range.ts";
import { endsBesideWords } from "./range-end-beside-words.ts";
import { dropNoneInRequired } from "./none-required.ts";
import { checkCodePrefecture } from "./prefectured-code.ts";
import { endBeforeExtendedCare } from "./extended-care.ts";

/** Every record-level repair, in order; mutates `record`, adds the issues to `issues`. */
export function repairRecord(record: Row, cells: Record<string, string>, dataset: Dataset, row: number,
  context: RecordContext, plan: RecordPlan, issues: Issue[]): void {
  const r = new RowRepair(record, cells, dataset, plan.columns, row, context, issues);
  repairCoordinates(r, plan);
  repairCityDistrict(r);
  addressInHeaderPlace(r);
  // before repairAddress, which joins an empty 所在地_連結表記 from the parts
  emptyPartsNamingNoPlace(r);
  repairAddress(r);
  locateFromAddress(r);
  alignPlaceWithAddress(r);
  fillCodes(r);
  fillPlace(r);
  fillDesignatingCode(r);
  fillSurveyDate(r);
  fillWholeArea(r);
  checkArea(r, plan);
  fillLocalGovernmentName(r);
  if (plan.prefectured.length > 0) checkCodePrefecture(r, plan.prefectured);
  checkOrganization(r);
  if (plan.columns.contact_name) phoneFromContactName(r);
  moveExtension(r);
  if (context.phoneForms !== undefined) followPhoneForm(r);
  if (plan.sameAsPairs.length > 0) fillSameAs(r, plan.sameAsPairs);
  repairAllDay(r, plan.rangePairs);
  if (plan.rangePairs.length > 0) carryAfternoon(r, plan.rangePairs);
  // before any repair that reads a date: a serial of a 1904 workbook counted from its own day 0
  if (context.date1904 === true && plan.dateKeys.length > 0) readSerialsOf1904(r, plan.dateKeys);
  // before the times: a date without its year read here gives the times written after it (`4月1日 10:00～12:00`)
  if (plan.datePairs.length > 0) readYearLessRanges(r, plan.datePairs, context.dateYears);
  if (plan.dateKeys.length > 0) readPartialDates(r, plan.dateKeys, context.dateYears, plan.dateStarts);
  if (plan.dateKeys.length > 0) readDateOrderByAsOf(r, plan.dateKeys);
  if (plan.dateTimePairs.length > 0) {
    // before timeFromDateCell, which fills an empty time column from the date cell: a filled one is the column's own
    keepTimeBesideOwn(r, plan.dateTimePairs);
    timeFromDateCell(r, plan.dateTimePairs);
    keepUnreadRangeEnd(r, plan.dateTimePairs);
    endNextDay(r, plan.dateTimePairs);
    endOfOneDay(r, plan.dateTimePairs);
    warnDatelessRow(r, plan.dateTimePairs);
  }
  if (plan.datePairs.length > 0) {
    endsBesideWords(r, plan.datePairs);
    endYearFromStart(r, plan.datePairs);
    checkDateOrder(r, plan.datePairs);
  }
  if (dataset.sharedBySexes !== undefined) moveSharedSeats(r, dataset.sharedBySexes);
  if (plan.countParts) fillCountPartColumns(r);
  if (dataset.sums !== undefined) checkSums(r, dataset.sums);
  if (plan.orderedRanges.length > 0) splitOrderedRanges(r, plan.orderedRanges);
  if (dataset.dateOrder !== undefined) checkDatasetDateOrder(r, dataset.dateOrder);
  if (dataset.extendedCareNotes !== undefined) endBeforeExtendedCare(r, dataset.extendedCareNotes);
  if (context.legends !== undefined) applyLegends(r, context.legends, context.legendsRead);
  if (dataset.valueByCount !== undefined) refineByCount(r, dataset.valueByCount);
  if (dataset.valueWhenEmpty !== undefined) {
    checkKindByLaw(r, dataset.valueWhenEmpty);
    fillByLaw(r, dataset.valueWhenEmpty);
  }
  if (dataset.qualifiedBy !== undefined) qualifyByColumn(r, dataset.qualifiedBy);
  if (dataset.levels !== undefined) joinClassFromKind(r, dataset.levels);
  if (r.columns.fees) feeFromDetails(r);
  if (plan.daysFromTimes) daysFromTimeCell(r);
  if (plan.availableDays) daysAsStandard(r);
  if (dataset.namedNotCoded !== undefined) checkCodes(r, dataset.namedNotCoded);
  if (dataset.notFor !== undefined) dropInapplicable(r, plan.overflows);
  if (plan.nameKeys.length > 0) dropNameMarks(r, plan.nameKeys, context.footnotes ?? {});
  readingOutOfName(r);
  // before keepUnread: a lot (員数 一括) or counts in several units (2巻1冊) are the unit column's, no cell that did not read
  if (plan.unitPairs.length > 0) moveUncountedToUnits(r, plan.unitPairs);
  if (plan.overflows.length > 0) {
    keepUnread(r, plan.overflows);
    if (plan.rangePairs.length > 0) keepSplitDay(r, plan.rangePairs, plan.overflows);
  }
  if (plan.rangePairs.length > 0) keepClosingInStart(r, plan.rangePairs);
  // after keepUnread: a reading's cell kept there with its note is not kept again
  if (plan.readings.length > 0) checkReadings(r, plan.readings);
  if (plan.unitPairs.length > 0) moveUnits(r, plan.unitPairs);
  dropNoneInRequired(r);
}

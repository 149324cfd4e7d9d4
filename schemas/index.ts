// Every standard dataset, in the order of the official books (book A, 01–15).
import type { Dataset } from "./dataset.ts";
import { aed } from "./datasets/aed.ts";
import { care_service } from "./datasets/care_service.ts";
import { cultural_property } from "./datasets/cultural_property.ts";
import { evacuation_space } from "./datasets/evacuation_space.ts";
import { event } from "./datasets/event.ts";
import { fire_hydrant } from "./datasets/fire_hydrant.ts";
import { food_business } from "./datasets/food_business.ts";
import { hospital } from "./datasets/hospital.ts";
import { open_data_list } from "./datasets/open_data_list.ts";
import { population } from "./datasets/population.ts";
import { preschool } from "./datasets/preschool.ts";
import { public_facility } from "./datasets/public_facility.ts";
import { public_toilet } from "./datasets/public_toilet.ts";
import { public_wireless_lan } from "./datasets/public_wireless_lan.ts";
import { tourism } from "./datasets/tourism.ts";

export const DATASETS: readonly Dataset[] = [
  public_facility, cultural_property, evacuation_space, population, preschool, open_data_list, public_wireless_lan,
  aed, care_service, hospital, tourism, event, public_toilet, fire_hydrant, food_business,
];

export const DATASET_IDS = DATASETS.map((d) => d.id);

export function getDataset(id: string): Dataset | undefined {
  return DATASETS.find((d) => d.id === id);
}

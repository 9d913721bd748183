/**
 * Single words of place names that are never parts of people's names (cities, regions, venues).
 * City names that are also common first names (Sydney, Eugene, Florence, Victoria) are left out.
 */
export const placeWords: ReadonlySet<string> = new Set(
  `Paris Tokyo London Budapest Monaco Lausanne Doha Oslo Stockholm Zurich Zürich Brussels Rome Rabat Xiamen
  Shanghai Suzhou Silesia Chorzow Chorzów Birmingham Gateshead Kingston Miami Philadelphia Los Angeles Beijing Rio
  Janeiro Athens Berlin Daegu Moscow Belgrade Glasgow Nanjing Munich Nairobi Boston Chicago Valencia Amsterdam
  Switzerland Europe Africa Asia Oceania Americas Oregon Ore Calif California Texas Florida Ohio Hungary
  Japan France Italy Belgium Sweden Norway Poland Qatar Morocco Kenya Ethiopia Stade Stadium Arena Hayward
  Bislett Letzigrund Olimpico Charléty Pontaise Athletissima Herculis Weltklasse Prefontaine Millrose Penn Drake
  Diamond League Olympics Olympic Games Championships Worlds Trials Coliseum Bowl Field Center Centre Park Track
  Homestretch Netflix Reuters Getty Instagram Twitter Facebook Reddit LinkedIn YouTube Debate Advertisement
  Manchester Leeds Edinburgh Dublin Melbourne Auckland Toronto Vancouver Madrid Barcelona Lisbon Vienna Prague
  Rotterdam Frankfurt Seoul Dubai Osaka Hamburg Sevilla Xiamen Boston Houston Eugene Philadelphia Nairobi Eldoret
  Iten Addis Ababa Kampala Kingston Bydgoszcz Torun Toruń Lievin Liévin Karlsruhe Metz Madrid Ostrava Turku Hengelo
  Warsaw Helsinki Copenhagen Geneva Milan Turin Naples Ostrava Hengelo Turku Lucerne Bellinzona Karlstad`
    .split(/\s+/)
    .filter(Boolean),
);

-- The product catalogue of PRODUCT.md 2.1: which data categories each product can collect.
create table catalog_category (
  id        varchar(40) primary key,
  name      varchar(80) not null,
  quantity  varchar(20) not null,
  manual    boolean     not null
);

create table catalog_product (
  id      varchar(40) primary key,
  name    varchar(80) not null,
  family  varchar(20) not null
);

create table catalog_product_category (
  product_id   varchar(40) not null references catalog_product (id),
  category_id  varchar(40) not null references catalog_category (id),
  primary key (product_id, category_id)
);

insert into catalog_category (id, name, quantity, manual) values
  ('burned-calories',     'Burned calories',     'ENERGY',        false),
  ('distance',            'Distance',            'LENGTH',        false),
  ('distance-run',        'Distance (run)',      'LENGTH',        false),
  ('elevation',           'Elevation',           'LENGTH',        false),
  ('heart-rate',          'Heart rate',          'HEART_RATE',    true),
  ('run-data',            'Run data',            'DURATION',      false),
  ('spo2',                'SpO2',                'PERCENT',       true),
  ('steps',               'Steps',               'COUNT',         false),
  ('swimming-data',       'Swimming data',       'DURATION',      false),
  ('bone-mass',           'Bone mass',           'MASS',          false),
  ('co2',                 'CO2 concentration',   'CONCENTRATION', false),
  ('fat-mass',            'Fat mass',            'MASS',          false),
  ('muscle-mass',         'Muscle mass',         'MASS',          false),
  ('pulse-wave-velocity', 'Pulse wave velocity', 'SPEED',         false),
  ('room-temperature',    'Room temperature',    'TEMPERATURE',   false),
  ('unit-preferences',    'Unit preferences',    'SETTING',       false),
  ('water-mass',          'Water mass',          'MASS',          false),
  ('weight',              'Weight',              'MASS',          true),
  ('luminosity',          'Luminosity level',    'ILLUMINANCE',   false),
  ('sound-level',         'Sound level',         'SOUND',         false),
  ('body-temperature',    'Body temperature',    'TEMPERATURE',   true),
  ('blood-pressure',      'Blood pressure',      'PRESSURE',      true),
  ('motion',              'Motion',              'DURATION',      false),
  ('video',               'Video',               'DURATION',      false),
  ('voc',                 'VOC concentration',   'CONCENTRATION', false),
  ('height',              'Height',              'LENGTH',        true);

insert into catalog_product (id, name, family) values
  ('activite-pop',        'Activité/Pop',                        'TRACKER'),
  ('move',                'Move',                                'TRACKER'),
  ('pulse',               'Pulse',                               'TRACKER'),
  ('steel-hr',            'Steel HR / Steel HR Sport',           'TRACKER'),
  ('pulse-ox',            'Pulse Ox',                            'TRACKER'),
  ('go',                  'Go',                                  'TRACKER'),
  ('smart-body-analyzer', 'Smart Body Analyzer',                 'SCALE'),
  ('wireless-scale',      'Wireless Scale',                      'SCALE'),
  ('body',                'Body',                                'SCALE'),
  ('body-plus',           'Body+',                               'SCALE'),
  ('body-cardio',         'Body Cardio',                         'SCALE'),
  ('sleep',               'Sleep',                               'SLEEP'),
  ('aura',                'Aura',                                'SLEEP'),
  ('home',                'Home',                                'OTHER'),
  ('bpm',                 'Blood Pressure Monitor (BPM, BPM+)',  'OTHER'),
  ('smart-baby-monitor',  'Smart Baby Monitor',                  'OTHER'),
  ('thermo',              'Thermo',                              'OTHER');

insert into catalog_product_category (product_id, category_id) values
  ('activite-pop', 'burned-calories'), ('activite-pop', 'distance'), ('activite-pop', 'distance-run'),
  ('activite-pop', 'run-data'), ('activite-pop', 'steps'), ('activite-pop', 'swimming-data'),
  ('move', 'burned-calories'), ('move', 'distance'), ('move', 'distance-run'),
  ('move', 'run-data'), ('move', 'steps'), ('move', 'swimming-data'),
  ('pulse', 'burned-calories'), ('pulse', 'distance'), ('pulse', 'distance-run'), ('pulse', 'heart-rate'),
  ('pulse', 'run-data'), ('pulse', 'steps'), ('pulse', 'swimming-data'),
  ('steel-hr', 'burned-calories'), ('steel-hr', 'distance'), ('steel-hr', 'distance-run'), ('steel-hr', 'heart-rate'),
  ('steel-hr', 'run-data'), ('steel-hr', 'steps'), ('steel-hr', 'swimming-data'),
  ('pulse-ox', 'burned-calories'), ('pulse-ox', 'distance'), ('pulse-ox', 'distance-run'), ('pulse-ox', 'elevation'),
  ('pulse-ox', 'heart-rate'), ('pulse-ox', 'run-data'), ('pulse-ox', 'spo2'), ('pulse-ox', 'steps'),
  ('go', 'burned-calories'), ('go', 'distance'), ('go', 'distance-run'),
  ('go', 'run-data'), ('go', 'steps'), ('go', 'swimming-data'),
  ('smart-body-analyzer', 'co2'), ('smart-body-analyzer', 'fat-mass'), ('smart-body-analyzer', 'heart-rate'),
  ('smart-body-analyzer', 'steps'), ('smart-body-analyzer', 'room-temperature'),
  ('smart-body-analyzer', 'unit-preferences'), ('smart-body-analyzer', 'weight'),
  ('wireless-scale', 'steps'), ('wireless-scale', 'unit-preferences'), ('wireless-scale', 'weight'),
  ('body', 'steps'), ('body', 'unit-preferences'), ('body', 'weight'),
  ('body-plus', 'bone-mass'), ('body-plus', 'fat-mass'), ('body-plus', 'muscle-mass'), ('body-plus', 'steps'),
  ('body-plus', 'unit-preferences'), ('body-plus', 'water-mass'), ('body-plus', 'weight'),
  ('body-cardio', 'bone-mass'), ('body-cardio', 'fat-mass'), ('body-cardio', 'heart-rate'),
  ('body-cardio', 'muscle-mass'), ('body-cardio', 'pulse-wave-velocity'), ('body-cardio', 'steps'),
  ('body-cardio', 'unit-preferences'), ('body-cardio', 'water-mass'), ('body-cardio', 'weight'),
  ('sleep', 'heart-rate'), ('sleep', 'sound-level'),
  ('aura', 'heart-rate'), ('aura', 'luminosity'), ('aura', 'sound-level'), ('aura', 'room-temperature'),
  ('home', 'motion'), ('home', 'sound-level'), ('home', 'video'), ('home', 'voc'),
  ('bpm', 'blood-pressure'), ('bpm', 'heart-rate'),
  ('smart-baby-monitor', 'motion'), ('smart-baby-monitor', 'sound-level'), ('smart-baby-monitor', 'room-temperature'),
  ('thermo', 'body-temperature');

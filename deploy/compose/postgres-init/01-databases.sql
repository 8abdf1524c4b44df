-- Run once, by the postgres image, when its data volume is empty: a database per service.
CREATE DATABASE partnersdb;
CREATE DATABASE measuresdb;
CREATE DATABASE indicatorsdb;

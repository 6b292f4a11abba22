/// <reference path="core.d.ts" />
